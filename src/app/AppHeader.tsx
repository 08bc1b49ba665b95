// The header: the title, the search field, the stories (play, present, write) and the file
// menu (not when embedded; the Export menu also opens the Embed dialog), the switch between
// the picture and the table, and the theme and language toggles. The search field and the
// file menu load lazily; until they are in, placeholders of the same size hold their place,
// so the header does not change height under a picture already drawn.
import { Suspense, useState } from "react";
import type { ExportChoice } from "../features/file-io/FileMenu";
import { useTranslation } from "../i18n/useTranslation";
import type { GraphModel } from "../model/graphModel";
import type { Story } from "../model/schema";
import { openPane, setPath, shownPane } from "../state/analysisState";
import { useViewState, useViewStore } from "../state/hooks";
import { selectNode, setLanguage, setQuery, setTheme, setView } from "../state/viewState";
import { StoryMenu } from "../features/stories/StoryMenu";
import { EmbedControls, getEmbedUrl } from "./EmbedControls";
import { FileMenu, SearchBox } from "./lazyFeatures";

export interface AppHeaderProps {
  model: GraphModel | null;
  hidden: Uint8Array | null;
  canExport: boolean;
  onOpen(file: File, second?: File): void;
  onExport(choice: ExportChoice): Promise<void>;
  /** the story editor's pane: open or not, and its switch */
  stories: { open: boolean; toggle(): void; stories: readonly Story[] };
}

export function AppHeader({ model, hidden, canExport, onOpen, onExport, stories }: AppHeaderProps) {
  const { t } = useTranslation();
  const store = useViewStore();
  const lang = useViewState((s) => s.lang);
  const embed = useViewState((s) => s.embed);
  const view = useViewState((s) => s.view);
  const theme = useViewState((s) => s.theme);
  const query = useViewState((s) => s.query);
  const state = useViewState((s) => s);
  const [embedUrl, setEmbedUrl] = useState<string | null>(null);
  const exportOrEmbed = async (choice: ExportChoice) => (choice.kind === "embed" ? setEmbedUrl(getEmbedUrl(state)) : onExport(choice));
  const pane = useViewState(shownPane);
  const otherTheme = t(theme === "dark" ? "theme.light" : "theme.dark");
  // in a narrow frame the search field folds into a button (CSS), which unfolds it
  const [searchShown, setSearchShown] = useState(false);
  const toggleSearch = (shown: boolean) => {
    setSearchShown(shown);
    if (shown) requestAnimationFrame(() => document.querySelector<HTMLInputElement>(".app-header .search__input")?.focus());
  };

  return (
    <header className={`app-header${searchShown ? " app-header--search-shown" : ""}`}>
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
        {embed && (
          <button type="button" className="lang-toggle search-toggle" aria-expanded={searchShown} aria-label={t("embed.showSearch")} onClick={() => toggleSearch(!searchShown)}>
            <svg className="search-toggle__icon" viewBox="0 0 20 20" aria-hidden="true">
              <circle cx="8.5" cy="8.5" r="5.5" />
              <path d="M13 13l4.5 4.5" />
            </svg>
          </button>
        )}
        <EmbedControls dialogUrl={embedUrl} onClose={() => setEmbedUrl(null)} />
        {!embed && (
          <StoryMenu model={model} stories={stories.stories}>
            <button type="button" className="lang-toggle" data-opens="story-editor" aria-expanded={stories.open} title={t("stories.openLabel")} disabled={!model} onClick={stories.toggle}>
              {t("stories.open")}
            </button>
          </StoryMenu>
        )}
        {!embed && (
          <Suspense fallback={<FileMenuPlaceholder open={t("files.open")} export={t("files.export")} />}>
            <FileMenu onOpen={onOpen} onExport={exportOrEmbed} canExport={canExport} />
          </Suspense>
        )}
        <div className="segmented" role="group" aria-label={t("view.views")}>
          {(["graph", "table"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => store.update(setView(v))}>
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
        <button type="button" className="lang-toggle analysis-toggle" aria-pressed={pane !== null} onClick={() => store.update(pane ? (s) => openPane(null)(setPath(null)(s)) : openPane("measures"))}>
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
