// The analysis pane and the source reader, each loaded with its first showing, fed from the
// view state and the analysis results.
import { Suspense } from "react";
import type { GraphModel } from "../model/graphModel";
import { openReader, type AnalysisPane as PaneName } from "../state/analysisState";
import { useViewStore } from "../state/hooks";
import type { ViewState } from "../state/viewState";
import { AnalysisPane, SourceReader } from "./lazyFeatures";
import type { AnalysisView } from "./useAnalysisView";

export function AnalysisPanes({ model, view, pane, analysis }: { model: GraphModel; view: ViewState; pane: PaneName | null; analysis: AnalysisView | null }) {
  const store = useViewStore();
  return (
    <>
      {pane && analysis && (
        <Suspense fallback={<div className="analysis-pane" />}>
          <AnalysisPane
            model={model} lang={view.lang} theme={view.theme} pane={pane} results={analysis.results} size={view.size} color={view.color}
            resolution={view.resolution} path={view.path} pathOptions={view.pathOptions} community={view.community} selected={view.selected}
            actions={analysis.actions} reader={analysis.reader}
          />
        </Suspense>
      )}
      {view.reading && (
        <Suspense fallback={null}>
          <SourceReader model={model} lang={view.lang} source={view.reading.source} quote={view.reading.quote} onClose={() => store.update(openReader(null))} />
        </Suspense>
      )}
    </>
  );
}
