// The header: the title, the search field, the file menu (not when embedded), the switch
// between the picture and the table, and the theme and language toggles. The search field
// and the file menu load lazily; until they are in, placeholders of the same size hold
// their place, so the header does not change height under a picture already drawn.
import { Suspense } from "react";
import type { ExportChoice } from "../features/file-io/FileMenu";
import { useTranslation } from "../i18n/useTranslation";
import type { GraphModel } from "../model/graphModel";
import { openPane, setPath } from "../state/analysisState";
import { useViewState, useViewStore } from "../state/hooks";
import { selectNode, setLanguage, setQuery, setTheme, setView } from "../state/viewState";
import { FileMenu, SearchBox } from "./lazyFeatures";

export interface AppHeaderProps {
  model: GraphModel | null;
  hidden: Uint8Array | null;
  canExport: boolean;
  onOpen(file: File, second?: File): void;
  onExport(choice: ExportChoice): Promise<void>;
}

export function AppHeader({ model, hidden, canExport, onOpen, onExport }: AppHeaderProps) {
  const { t } = useTranslation();
  const store = useViewStore();
  const lang = useViewState((s) => s.lang);
  const embed = useViewState((s) => s.embed);
  const view = useViewState((s) => s.view);
  const theme = useViewState((s) => s.theme);
  const query = useViewState((s) => s.query);
  const pane = useViewState((s) => s.pane ?? (s.path ? "path" : null));
  const otherTheme = t(theme === "dark" ? "theme.light" : "theme.dark");

  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-title">{t("app.title")}</h1>
        {!embed && <p className="app-subtitle">{t("app.subtitle")}</p>}
      </div>
      <Suspense fallback={<SearchPlaceholder label={t("search.label")} placeholder={t("search.placeholder")} />}>
        <SearchBox
          model={model}
          lang={lang}
          query={query}
          hidden={hidden}
          onQuery={(q) => store.update(setQuery(q))}
          onSelect={(id) => store.update(selectNode(id))}
        />
      </Suspense>
      <div className="app-header__tools">
        {!embed && (
          <Suspense fallback={<FileMenuPlaceholder open={t("files.open")} export={t("files.export")} />}>
            <FileMenu onOpen={onOpen} onExport={onExport} canExport={canExport} />
          </Suspense>
        )}
        <div className="segmented" role="group" aria-label={t("view.views")}>
          {(["graph", "table"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => store.update(setView(v))}>
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
        <button type="button" className="lang-toggle" aria-pressed={pane !== null} onClick={() => store.update(pane ? (s) => openPane(null)(setPath(null)(s)) : openPane("measures"))}>
          {t("analysis.open")}
        </button>
        <button
          type="button"
          className="lang-toggle"
          aria-label={t("theme.toggle", { theme: otherTheme })}
          title={t("theme.toggle", { theme: otherTheme })}
          onClick={() => store.update(setTheme(theme === "dark" ? "light" : "dark"))}
        >
          <span aria-hidden="true">{theme === "dark" ? "☀" : "☾"}</span>
        </button>
        <button
          type="button"
          className="lang-toggle"
          lang={lang === "zh" ? "en" : "zh"}
          aria-label={`${t("app.language")}: ${t("app.switchTo")}`}
          onClick={() => store.update(setLanguage(lang === "zh" ? "en" : "zh"))}
        >
          {t("app.switchTo")}
        </button>
      </div>
    </header>
  );
}

function SearchPlaceholder({ label, placeholder }: { label: string; placeholder: string }) {
  return (
    <div className="search">
      <input type="search" className="search__input" aria-label={label} placeholder={placeholder} disabled />
    </div>
  );
}

function FileMenuPlaceholder(labels: { open: string; export: string }) {
  return (
    <div className="file-menu" aria-hidden="true">
      <button type="button" className="lang-toggle" disabled tabIndex={-1}>
        {labels.open}
      </button>
      <button type="button" className="lang-toggle" disabled tabIndex={-1}>
        {labels.export}
      </button>
    </div>
  );
}
