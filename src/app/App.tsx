// The shell: which graph is shown and its load, the header, what the app says about loads
// and exports, the stage (picture or table, legend-filters) and the detail panel. The side
// effects on the document and the parent window are hooks of their own (use*.ts here).
import { Suspense, useMemo, useState } from "react";
import { getVisibility } from "../analysis/visibility";
import type { GraphLoads } from "../data/graphLoads";
import { useFileDrop } from "../features/file-io/useFileDrop";
import { useTranslation } from "../i18n/useTranslation";
import { pickText } from "../lib/pickText";
import { useViewState, useViewStore } from "../state/hooks";
import { selectNode } from "../state/viewState";
import { AppHeader } from "./AppHeader";
import { AnalysisPanes } from "./AnalysisPanes";
import { AnalysisController, DetailPanel } from "./lazyFeatures";
import type { AnalysisView } from "./useAnalysisView";
import { Stage } from "./Stage";
import { StatusArea } from "./StatusArea";
import { useDocumentBindings } from "./useDocumentBindings";
import { useEmbedMessages } from "./useEmbedMessages";
import { useExportView } from "./useExportView";
import { useGraphData } from "./useGraphData";
import { useGraphSource } from "./useGraphSource";
import { useGraphViewApi } from "./useGraphViewApi";

export function App({ loads }: { loads: GraphLoads }) {
  const { t } = useTranslation();
  const store = useViewStore();
  const lang = useViewState((s) => s.lang);
  const theme = useViewState((s) => s.theme);
  const embed = useViewState((s) => s.embed);
  const selected = useViewState((s) => s.selected);
  const filters = useViewState((s) => s.filters);
  const { source, isLocal, openFile } = useGraphSource(useViewState((s) => s.data));
  const data = useGraphData(loads, source);
  const { status, loaded } = data;
  const model = loaded?.model ?? null;
  const dragging = useFileDrop(openFile);
  const [apiRef, onGraphReady] = useGraphViewApi();

  const selectedIndex = model && selected ? (model.indexOf.get(selected) ?? -1) : -1;
  const filtered = useMemo(() => (model ? getVisibility(model, filters, selectedIndex) : null), [model, filters, selectedIndex]);
  const view = useViewState((s) => s);
  // the analyses come with their own chunk, after the first picture
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const visibility = analysis ? analysis.visibility : filtered;
  // a path in the URL is listed in the path pane even when no pane is named
  const pane = view.pane ?? (view.path ? "path" : null);
  const panelIndex = selectedIndex >= 0 && !visibility?.hiddenNodes?.[selectedIndex] ? selectedIndex : -1;
  const title = useMemo(() => pickText(model?.file.meta?.title, lang) || t("app.title"), [model, lang, t]);

  useDocumentBindings(store, { theme, lang, title });
  useEmbedMessages(store, status, model, data.error);
  const { exportView, notice, clearNotice } = useExportView({ loaded, visibility, apiRef, theme, lang, title, measures: analysis?.exportedMeasures });

  return (
    <div className={`app${embed ? " app--embed" : ""}`}>
      <AppHeader
        model={model}
        hidden={visibility?.hiddenNodes ?? null}
        canExport={Boolean(model && status !== "loading" && data.complete)}
        onOpen={openFile}
        onExport={exportView}
      />
      <StatusArea
        data={data}
        lang={lang}
        localFile={isLocal && status === "ready" && loaded?.file ? loaded.file : null}
        notice={notice}
        onNoticeEnd={clearNotice}
        dragging={dragging}
      />
      <div className={`workspace${panelIndex >= 0 ? " has-panel" : ""}${pane ? " has-analysis" : ""}`}>
        <Stage status={status} model={model} visibility={visibility} hasSelection={selectedIndex >= 0} title={title} onGraphReady={onGraphReady} analysis={analysis} />
        {model && (
          <Suspense fallback={null}>
            <AnalysisController store={store} model={model} view={view} visibility={filtered} onChange={setAnalysis} />
          </Suspense>
        )}
        {model && panelIndex >= 0 && (
          // until the panel's code is in, its place is kept, so the picture is not resized under the first frame
          <Suspense fallback={<div className="detail-panel" />}>
            <DetailPanel
              model={model}
              index={panelIndex}
              lang={lang}
              hiddenEdges={visibility?.hiddenEdges ?? null}
              onSelect={(id) => store.update(selectNode(id))}
              onClose={() => store.update(selectNode(null))}
              measures={analysis?.results.measures.result ?? null}
              onPathTo={analysis ? () => analysis.actions.pathFrom(model.nodes[panelIndex]!.id) : undefined}
              reader={analysis?.reader ?? null}
            />
          </Suspense>
        )}
        {model && <AnalysisPanes model={model} view={view} pane={pane} analysis={analysis} />}
      </div>
    </div>
  );
}
