// The shell: header (title, language, views), the stage that holds the graph and carries
// data-graph-status, the load alert. Bindings to URL, parent window and marks live here.
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import datasetUrl from "../../data/chengyu-education.json?url";
import { LoadAlert } from "../features/load-status/LoadAlert";
import { useViewState, useViewStore } from "../state/hooks";
import { selectNode, setArrangement, setLanguage, setTheme, setView } from "../state/viewState";
import { GraphView, type GraphViewApi } from "../features/graph-view/GraphView";
import { Legend } from "../features/graph-view/Legend";
import { pickText } from "../lib/pickText";
import { useGraphData } from "./useGraphData";
import { markOnce } from "./bindings";
import { bindEmbedBridge, postToParent } from "./embedBridge";
import { GraphLoadError } from "../io/errors";

export const defaultDataUrl: string = datasetUrl;

// the table is an alternative view: its code loads the first time it is opened
const TableView = lazy(() => import("../features/table/TableView").then((m) => ({ default: m.TableView })));

export function App() {
  const store = useViewStore();
  const { t, i18n } = useTranslation();
  const lang = useViewState((s) => s.lang);
  const selected = useViewState((s) => s.selected);
  const embed = useViewState((s) => s.embed);
  const view = useViewState((s) => s.view);
  const theme = useViewState((s) => s.theme);
  const arrangement = useViewState((s) => s.arrangement);
  const dataParam = useViewState((s) => s.data);
  const url = dataParam ?? defaultDataUrl;
  const { status, model, error, refetch } = useGraphData(url);
  const [dismissed, setDismissed] = useState<unknown>(null);

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [i18n, lang]);

  useEffect(() => {
    if (status === "ready" && model) {
      markOnce("graph:data-loaded");
      postToParent({ type: "coopnet:ready", nodes: model.nodes.length, edges: model.edges.length });
    } else if (status === "error") {
      postToParent({ type: "coopnet:error", message: error instanceof Error ? error.message : String(error) });
    }
  }, [status, model, error]);

  useEffect(() => bindEmbedBridge(store, (id) => Boolean(model?.indexOf.has(id))), [store, model]);

  const title = useMemo(() => pickText(model?.file.meta?.title, lang) || t("app.title"), [model, lang, t]);
  useEffect(() => {
    document.title = lang === "zh" ? `${title} · Chengyu EduNet` : `${title} · 成渝教育协同网络`;
  }, [title, lang]);

  const showAlert = status === "error" && dismissed !== error;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const exposeApi = (api: GraphViewApi | null) => {
    // a read-only hook for embedders on the same origin and for the benchmark
    (window as unknown as { __coopnet?: unknown }).__coopnet = api ?? undefined;
  };

  return (
    <div className={`app${embed ? " app--embed" : ""}`}>
      <header className="app-header">
        <div className="app-header__titles">
          <h1 className="app-title">{t("app.title")}</h1>
          {!embed && <p className="app-subtitle">{t("app.subtitle")}</p>}
        </div>
        <div className="app-header__tools">
          <div className="segmented" role="group" aria-label={t("view.views")}>
            {(["graph", "table"] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => store.update(setView(v))}>
                {t(`view.${v}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="lang-toggle"
            aria-label={t("theme.toggle", { theme: t(theme === "dark" ? "theme.light" : "theme.dark") })}
            title={t("theme.toggle", { theme: t(theme === "dark" ? "theme.light" : "theme.dark") })}
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
      {showAlert && (
        <LoadAlert
          error={error}
          keptPrevious={Boolean(model)}
          onDismiss={() => setDismissed(error)}
          onRetry={error instanceof GraphLoadError && error.kind === "fetch" ? refetch : undefined}
        />
      )}
      <main className="stage" data-graph-status={status} aria-busy={status === "loading"} aria-label={title}>
        {status === "loading" && !model && (
          <p className="stage__loading" role="status">
            {t("app.loading")}
          </p>
        )}
        {model && (
          <div className="stage__graph" hidden={view !== "graph"}>
            <GraphView
              model={model}
              lang={lang}
              theme={theme}
              arrangement={arrangement}
              selected={selected}
              onSelect={(id) => store.update(selectNode(id))}
              onArrangement={(a) => store.update(setArrangement(a))}
              onFirstRender={() => markOnce("graph:first-render")}
              onLayoutSettled={() => markOnce("graph:layout-settled")}
              onReady={exposeApi}
            />
            <Legend model={model} lang={lang} theme={theme} />
          </div>
        )}
        {model && view === "table" && (
          <Suspense fallback={<p className="stage__loading">{t("app.loading")}</p>}>
            <TableView model={model} lang={lang} selected={selected} onSelect={(id) => store.update(selectNode(id))} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
