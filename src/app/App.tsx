// The shell: header (title, search, views, theme, language), the stage that holds the
// graph and carries data-graph-status, the legend-filters, the detail panel and the load
// alert. Bindings to the URL, the parent window and the performance marks live here.
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import datasetUrl from "../../data/chengyu-education.json?url";
import { LoadAlert } from "../features/load-status/LoadAlert";
import { GraphView, type GraphViewApi } from "../features/graph-view/GraphView";
import { FilterLegend, type FilterActions } from "../features/filters/FilterLegend";
import { SearchBox } from "../features/search/SearchBox";
import { DetailPanel } from "../features/detail-panel/DetailPanel";
import { useViewState, useViewStore } from "../state/hooks";
import {
  resetFilters, selectNode, setArrangement, setDepth, setLanguage, setQuery, setTheme, setView, setYearRange,
  showOnlyNodeTypes, toggleNodeType, toggleRegion, toggleRelation, type ViewState,
} from "../state/viewState";
import { pickText } from "../lib/pickText";
import { getVisibility } from "../analysis/visibility";
import { GraphLoadError } from "../io/errors";
import { useGraphData } from "./useGraphData";
import { markOnce } from "./bindings";
import { bindEmbedBridge, postToParent } from "./embedBridge";

export const defaultDataUrl: string = datasetUrl;

// the table is an alternative view: its code loads the first time it is opened
const TableView = lazy(() => import("../features/table/TableView").then((m) => ({ default: m.TableView })));

const exposeApi = (api: GraphViewApi | null) => {
  // a read-only hook for embedders on the same origin and for the benchmark
  (window as unknown as { __coopnet?: unknown }).__coopnet = api ?? undefined;
};

export function App() {
  const store = useViewStore();
  const { t, i18n } = useTranslation();
  const lang = useViewState((s) => s.lang);
  const selected = useViewState((s) => s.selected);
  const embed = useViewState((s) => s.embed);
  const view = useViewState((s) => s.view);
  const theme = useViewState((s) => s.theme);
  const arrangement = useViewState((s) => s.arrangement);
  const filters = useViewState((s) => s.filters);
  const query = useViewState((s) => s.query);
  const dataParam = useViewState((s) => s.data);
  const url = dataParam ?? defaultDataUrl;
  const { status, model, error, refetch } = useGraphData(url);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const update = (producer: (s: ViewState) => ViewState) => store.update(producer);

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

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const title = useMemo(() => pickText(model?.file.meta?.title, lang) || t("app.title"), [model, lang, t]);
  useEffect(() => {
    document.title = lang === "zh" ? `${title} · Chengyu EduNet` : `${title} · 成渝教育协同网络`;
  }, [title, lang]);

  const selectedIndex = model && selected ? (model.indexOf.get(selected) ?? -1) : -1;
  const visibility = useMemo(() => (model ? getVisibility(model, filters, selectedIndex) : null), [model, filters, selectedIndex]);
  const panelIndex = selectedIndex >= 0 && !visibility?.hiddenNodes?.[selectedIndex] ? selectedIndex : -1;

  // Escape anywhere but in a field clears the selection
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "Escape" || e.defaultPrevented || target?.closest("select, textarea, input:not([type=search])")) return;
      if (store.get().selected) store.update(selectNode(null));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);

  const filterActions: FilterActions = useMemo(
    () => ({
      toggleType: (type) => store.update(toggleNodeType(type)),
      onlyTypes: (types) => store.update(showOnlyNodeTypes(types, [...new Set(model?.nodes.map((n) => n.type) ?? [])])),
      toggleRegion: (region) => store.update(toggleRegion(region)),
      toggleRelation: (type) => store.update(toggleRelation(type)),
      onlyRelations: (types) =>
        store.update((s) => {
          const all = [...new Set(model?.edges.map((e) => e.type) ?? [])];
          return { ...s, filters: { ...s.filters, hiddenRelations: types.length ? all.filter((x) => !types.includes(x)) : [] } };
        }),
      setYears: (from, to) => store.update(setYearRange(from, to)),
      setDepth: (depth) => store.update(setDepth(depth)),
      reset: () => store.update(resetFilters()),
    }),
    [store, model],
  );

  const showAlert = status === "error" && dismissed !== error;
  const otherTheme = t(theme === "dark" ? "theme.light" : "theme.dark");

  return (
    <div className={`app${embed ? " app--embed" : ""}`}>
      <header className="app-header">
        <div className="app-header__titles">
          <h1 className="app-title">{t("app.title")}</h1>
          {!embed && <p className="app-subtitle">{t("app.subtitle")}</p>}
        </div>
        <SearchBox
          model={model}
          lang={lang}
          query={query}
          hidden={visibility?.hiddenNodes ?? null}
          onQuery={(q) => update(setQuery(q))}
          onSelect={(id) => update(selectNode(id))}
        />
        <div className="app-header__tools">
          <div className="segmented" role="group" aria-label={t("view.views")}>
            {(["graph", "table"] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => update(setView(v))}>
                {t(`view.${v}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="lang-toggle"
            aria-label={t("theme.toggle", { theme: otherTheme })}
            title={t("theme.toggle", { theme: otherTheme })}
            onClick={() => update(setTheme(theme === "dark" ? "light" : "dark"))}
          >
            <span aria-hidden="true">{theme === "dark" ? "☀" : "☾"}</span>
          </button>
          <button
            type="button"
            className="lang-toggle"
            lang={lang === "zh" ? "en" : "zh"}
            aria-label={`${t("app.language")}: ${t("app.switchTo")}`}
            onClick={() => update(setLanguage(lang === "zh" ? "en" : "zh"))}
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
      <div className={`workspace${panelIndex >= 0 ? " has-panel" : ""}`}>
        <main className={`stage stage--${view}`} data-graph-status={status} aria-busy={status === "loading"} aria-label={title}>
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
                hiddenNodes={visibility?.hiddenNodes ?? null}
                hiddenEdges={visibility?.hiddenEdges ?? null}
                onSelect={(id) => update(selectNode(id))}
                onArrangement={(a) => update(setArrangement(a))}
                onFirstRender={() => markOnce("graph:first-render")}
                onLayoutSettled={() => markOnce("graph:layout-settled")}
                onReady={exposeApi}
              />
            </div>
          )}
          {model && view === "table" && (
            <Suspense fallback={<p className="stage__loading">{t("app.loading")}</p>}>
              <TableView
                model={model}
                lang={lang}
                selected={selected}
                hidden={visibility?.hiddenNodes ?? null}
                onSelect={(id) => update(selectNode(id))}
              />
            </Suspense>
          )}
          {model && visibility && (
            <FilterLegend
              model={model}
              lang={lang}
              theme={theme}
              filters={filters}
              hasSelection={selectedIndex >= 0}
              shown={{ nodes: visibility.shownNodes, edges: visibility.shownEdges }}
              actions={filterActions}
              compact={embed || view === "table"}
            />
          )}
        </main>
        {model && panelIndex >= 0 && (
          <DetailPanel
            model={model}
            index={panelIndex}
            lang={lang}
            hiddenEdges={visibility?.hiddenEdges ?? null}
            onSelect={(id) => update(selectNode(id))}
            onClose={() => update(selectNode(null))}
          />
        )}
      </div>
    </div>
  );
}
