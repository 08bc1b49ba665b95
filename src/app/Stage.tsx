// The stage: the element that holds the graph and carries data-graph-status, with the
// picture (or the table) and the legend-filters over it. The legend measures the room it
// takes, so the picture fits beside it. The performance marks of the contract are set here:
// graph:data-loaded, graph:first-render, graph:layout-settled.
import { Suspense, useCallback, useEffect, useMemo, type ReactNode } from "react";
import { yearSpan, type Visibility } from "../analysis/visibility";
import { FilterLegend } from "../features/filters/FilterLegend";
import { GraphView, type GraphViewApi, type GraphViewProps } from "../features/graph-view/GraphView";
import { useTranslation } from "../i18n/useTranslation";
import { countCrossBorder } from "../model/crossBorder";
import type { GraphModel } from "../model/graphModel";
import { useViewState, useViewStore } from "../state/hooks";
import { selectNode, setArrangement, setYear } from "../state/viewState";
import { markOnce } from "./bindings";
import { TableView, Timeline } from "./lazyFeatures";
import type { GraphStatus } from "./useGraphData";
import { useFilterActions } from "./useFilterActions";
import { useLeftInset } from "./useLeftInset";
import type { AnalysisView } from "./useAnalysisView";

export interface StageProps {
  status: GraphStatus;
  model: GraphModel | null;
  visibility: Visibility | null;
  hasSelection: boolean;
  title: string;
  onGraphReady(api: GraphViewApi | null): void;
  /** what a story step shows: emphasis (else the path's) and camera for the picture, the room its caption takes */
  story?: Pick<GraphViewProps, "emphasis" | "cameraTarget" | "projector" | "insetBottom">;
  /** sizes, colours and the measure columns */
  analysis: Pick<AnalysisView, "sizeValues" | "communityOf" | "results"> | null;
  /** drawn over the picture (the story's caption bar) */
  children?: ReactNode;
}

/** how far the timeline and the controls under it reach up from the foot of the picture */
const TIMELINE_INSET = 124;

export function Stage({ status, model, visibility, hasSelection, title, onGraphReady, story, analysis, children }: StageProps) {
  const { t } = useTranslation();
  const store = useViewStore();
  const view = useViewState((s) => s.view);
  const lang = useViewState((s) => s.lang);
  const theme = useViewState((s) => s.theme);
  const arrangement = useViewState((s) => s.arrangement);
  const selected = useViewState((s) => s.selected);
  const filters = useViewState((s) => s.filters);
  const embed = useViewState((s) => s.embed);
  const filterActions = useFilterActions(store, model);
  const [legendRef, legendInset] = useLeftInset(view);
  const select = (id: string | null) => store.update(selectNode(id));
  const year = useViewState((s) => s.year);
  const span = useMemo(() => (model ? yearSpan(model) : null), [model]);

  const onYear = useCallback((y: number | null) => store.update(setYear(y)), [store]);
  const crossBorderLinks = useMemo(() => {
    if (arrangement !== "map" || !model) return null;
    return countCrossBorder(model, visibility?.hiddenNodes ?? null, visibility?.hiddenEdges ?? null);
  }, [arrangement, model, visibility]);

  useEffect(() => {
    if (status === "ready" && model) markOnce("graph:data-loaded");
  }, [status, model]);

  return (
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
            faintEdges={visibility?.undatedEdges ?? null}
            insetLeft={embed ? 0 : legendInset}
            sizeValues={analysis?.sizeValues ?? null}
            communities={analysis?.communityOf ?? null}
            onSelect={select}
            onArrangement={(a) => store.update(setArrangement(a))}
            onFirstRender={() => markOnce("graph:first-render")}
            onLayoutSettled={() => markOnce("graph:layout-settled")}
            onReady={onGraphReady}
            {...story}
            // the timeline stands over the zoom controls: the picture is framed above both
            insetBottom={Math.max(story?.insetBottom ?? 0, span ? TIMELINE_INSET : 0)}
          />
        </div>
      )}
      {span && view === "graph" && (
        <Suspense fallback={null}>
          <Timeline span={span} year={year} undated={countOnes(visibility?.undatedEdges)} onYear={onYear} />
        </Suspense>
      )}
      {model && view === "table" && (
        <Suspense fallback={<p className="stage__loading">{t("app.loading")}</p>}>
          <TableView model={model} lang={lang} selected={selected} hidden={visibility?.hiddenNodes ?? null} onSelect={select} measures={analysis?.results.measures.result?.values ?? null} />
        </Suspense>
      )}
      {model && visibility && (
        <FilterLegend
          ref={legendRef}
          model={model}
          lang={lang}
          theme={theme}
          filters={filters}
          hasSelection={hasSelection}
          shown={{ nodes: visibility.shownNodes, edges: visibility.shownEdges }}
          actions={filterActions}
          compact={embed || view === "table"}
          crossBorderLinks={crossBorderLinks}
          communityOf={analysis?.communityOf ?? null}
        />
      )}
      {children}
    </main>
  );
}

function countOnes(flags: Uint8Array | null | undefined): number {
  let n = 0;
  if (flags) for (const f of flags) n += f;
  return n;
}
