// The stage: the element that holds the graph and carries data-graph-status, with the
// picture (or the table) and the legend-filters over it. The legend measures the room it
// takes, so the picture fits beside it. The performance marks of the contract are set here:
// graph:data-loaded, graph:first-render, graph:layout-settled.
import { Suspense, useEffect } from "react";
import type { Visibility } from "../analysis/visibility";
import { FilterLegend } from "../features/filters/FilterLegend";
import { GraphView, type GraphViewApi } from "../features/graph-view/GraphView";
import { useTranslation } from "../i18n/useTranslation";
import type { GraphModel } from "../model/graphModel";
import { useViewState, useViewStore } from "../state/hooks";
import { selectNode, setArrangement } from "../state/viewState";
import { markOnce } from "./bindings";
import { TableView } from "./lazyFeatures";
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
  /** sizes, colours, the path's emphasis and the measure columns */
  analysis: Pick<AnalysisView, "sizeValues" | "communityOf" | "emphasis" | "results"> | null;
}

export function Stage({ status, model, visibility, hasSelection, title, onGraphReady, analysis }: StageProps) {
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
            insetLeft={embed ? 0 : legendInset}
            sizeValues={analysis?.sizeValues ?? null}
            communities={analysis?.communityOf ?? null}
            emphasis={analysis?.emphasis ?? null}
            onSelect={select}
            onArrangement={(a) => store.update(setArrangement(a))}
            onFirstRender={() => markOnce("graph:first-render")}
            onLayoutSettled={() => markOnce("graph:layout-settled")}
            onReady={onGraphReady}
          />
        </div>
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
          communityOf={analysis?.communityOf ?? null}
        />
      )}
    </main>
  );
}
