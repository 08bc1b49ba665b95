// The shell: header (title, search, views, theme, language), the stage that holds the
// graph and carries data-graph-status, the legend-filters, the detail panel and the load
// alert. Bindings to the URL, the parent window and the performance marks live here.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { LoadAlert } from "../features/load-status/LoadAlert";
import { LoadProgress, LoadWarnings } from "../features/load-status/LoadNotices";
import { FileMenu, useFileDrop, type ExportChoice } from "../features/file-io/FileMenu";
import { download, shownGraph, writeShown } from "../features/file-io/exportData";
import { EMBEDDED_DATA_URL } from "../data/embedded";
import type { GraphLoads } from "../data/graphLoads";
import type { GraphSource } from "../data/loadGraph";
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
import { useTranslation } from "../i18n/useTranslation";
import { getVisibility } from "../analysis/visibility";
import { GraphLoadError } from "../io/errors";
import { useGraphData } from "./useGraphData";
import { markOnce } from "./bindings";
import { bindEmbedBridge, postToParent } from "./embedBridge";

// the table is an alternative view: its code loads the first time it is opened
const TableView = lazy(() => import("../features/table/TableView").then((m) => ({ default: m.TableView })));

let nextFileId = 1;

export function App({ loads }: { loads: GraphLoads }) {
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
  const url = dataParam ?? EMBEDDED_DATA_URL;
  // a file the user opened or dropped replaces the URL's graph until the URL names another
  const [local, setLocal] = useState<{ forUrl: string; source: GraphSource } | null>(null);
  const urlSource = useMemo<GraphSource>(() => ({ kind: "url", url }), [url]);
  const source = local && local.forUrl === url ? local.source : urlSource;
  const { status, loaded, keptPrevious, error, refetch, stage, bytes } = useGraphData(loads, source);
  const model = loaded?.model ?? null;
  const [dismissed, setDismissed] = useState<unknown>(null);
  const [dismissedWarnings, setDismissedWarnings] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const openFile = (file: File, second?: File) =>
    setLocal({ forUrl: url, source: { kind: "file", id: nextFileId++, file, ...(second ? { second } : {}) } });
  const dragging = useFileDrop(openFile);
  const apiRef = useRef<GraphViewApi | null>(null);
  const [legendWidth, setLegendWidth] = useState(0);
  const stageRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const legend = stageRef.current?.querySelector(".legend");
    if (!legend || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => {
      const box = legend.getBoundingClientRect();
      setLegendWidth(box.width > 0 ? Math.round(box.right - (stageRef.current?.getBoundingClientRect().left ?? 0)) : 0);
    });
    ro.observe(legend);
    return () => ro.disconnect();
  }, [model, view]);
  const exposeApi = (api: GraphViewApi | null) => {
    apiRef.current = api;
    // a read-only hook for embedders on the same origin and for the benchmark
    (window as unknown as { __coopnet?: unknown }).__coopnet = api ? { positions: api.positions, screenPosition: api.screenPosition } : undefined;
  };
  const update = (producer: (s: ViewState) => ViewState) => store.update(producer);

  useEffect(() => {
    if (i18n.get().language !== lang) i18n.changeLanguage(lang).catch((err: unknown) => console.error(err));
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
      onlyTypes: (types) => store.update(showOnlyNodeTypes(types, [...new Set((model?.nodes ?? []).map((n) => n.type))])),
      toggleRegion: (region) => store.update(toggleRegion(region)),
      toggleRelation: (type) => store.update(toggleRelation(type)),
      onlyRelations: (types) =>
        store.update((s) => {
          const all = [...new Set((model?.edges ?? []).map((e) => e.type))];
          return { ...s, filters: { ...s.filters, hiddenRelations: types.length ? all.filter((x) => !types.includes(x)) : [] } };
        }),
      setYears: (from, to) => store.update(setYearRange(from, to)),
      setDepth: (depth) => store.update(setDepth(depth)),
      reset: () => store.update(resetFilters()),
    }),
    [store, model],
  );

  const showAlert = status === "error" && dismissed !== error;
  const warnings = status === "ready" && loaded && loaded.warnings.length > 0 && dismissedWarnings !== loaded ? loaded : null;

  const sourceTitle = pickText(model?.file.meta?.sources?.[0]?.title, lang) || loaded?.file || "";
  const exportView = async (choice: ExportChoice) => {
    if (!model) return;
    const base = (loaded?.file ?? "chengyu-edunet").replace(/\.[a-z0-9]+$/i, "") || "graph";
    try {
      if (choice.kind === "image") {
        const api = apiRef.current;
        if (!api) return;
        const blob = await api.exportImage({
          format: choice.format,
          scale: choice.format === "png" ? choice.scale : 1,
          title,
          caption: t("files.caption", { source: sourceTitle }),
        });
        const name = `${base}${choice.format === "png" ? `@${choice.scale}x.png` : ".svg"}`;
        download(blob, name);
        setNotice(t("files.exported", { name }));
      } else {
        const positions = apiRef.current?.positions() ?? null;
        const files = await writeShown(shownGraph(model, visibility?.hiddenNodes ?? null, visibility?.hiddenEdges ?? null, positions, theme), choice.format, base);
        for (const f of files) download(new Blob([f.text], { type: f.type }), f.name);
        setNotice(t("files.exported", { name: files.map((f) => f.name).join(", ") }));
      }
    } catch (err) {
      setNotice(t("files.exportFailed", { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
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
          {!embed && <FileMenu onOpen={openFile} onExport={exportView} canExport={Boolean(model && status !== "loading")} />}
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
          lang={lang}
          keptPrevious={keptPrevious}
          onDismiss={() => setDismissed(error)}
          onRetry={error instanceof GraphLoadError && error.kind === "fetch" ? refetch : undefined}
        />
      )}
      {warnings && <LoadWarnings file={warnings.file} warnings={warnings.warnings} lang={lang} onDismiss={() => setDismissedWarnings(warnings)} />}
      {stage && <LoadProgress stage={stage} bytes={bytes} />}
      {notice && (
        <p className="notice" role="status" onAnimationEnd={() => setNotice(null)}>
          {notice}
        </p>
      )}
      {local && local.forUrl === url && loaded && loaded.file && source.kind === "file" && status === "ready" && (
        <p className="local-note">{t("files.localFile", { file: loaded.file })}</p>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t("files.drop")}</p>
        </div>
      )}
      <div className={`workspace${panelIndex >= 0 ? " has-panel" : ""}`}>
        <main ref={stageRef} className={`stage stage--${view}`} data-graph-status={status} aria-busy={status === "loading"} aria-label={title}>
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
                insetLeft={embed ? 0 : legendWidth}
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
