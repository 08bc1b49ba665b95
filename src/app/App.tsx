// The shell: which graph is shown and its load, the header, what the app says about loads
// and exports, the stage (picture or table, legend-filters) and the detail panel. The side
// effects on the document and the parent window are hooks of their own (use*.ts here).
import { Suspense, useMemo, useRef, useState } from "react";
import { getVisibility } from "../analysis/visibility";
import type { GraphLoads } from "../data/graphLoads";
import { useFileDrop } from "../features/file-io/useFileDrop";
import { useTranslation } from "../i18n/useTranslation";
import { pickText } from "../lib/pickText";
import { useViewState, useViewStore } from "../state/hooks";
import { selectNode } from "../state/viewState";
import { AppHeader } from "./AppHeader";
import type { StoryStage } from "../features/stories/StoryPlayer";
import { shownPane } from "../state/analysisState";
import { AnalysisPanes } from "./AnalysisPanes";
import { AnalysisController, DetailPanel, StoryPlayer } from "./lazyFeatures";
import type { AnalysisView } from "./useAnalysisView";
import { Stage } from "./Stage";
import { StatusArea } from "./StatusArea";
import { StoryEditorHost } from "./StoryEditorHost";
import { useDocumentBindings } from "./useDocumentBindings";
import { useEmbedMessages } from "./useEmbedMessages";
import { useExportView } from "./useExportView";
import { useGraphData } from "./useGraphData";
import { useGraphSource } from "./useGraphSource";
import { useGraphStories } from "./useGraphStories";
import { useGraphViewApi } from "./useGraphViewApi";

export function App({ loads }: { loads: GraphLoads }) {
  const { t } = useTranslation();
  const store = useViewStore();
  const view = useViewState((s) => s);
  const { lang, theme, embed, selected, filters, year, present } = view;
  const { source, isLocal, openFile } = useGraphSource(view.data);
  const data = useGraphData(loads, source);
  const { status, loaded } = data;
  const model = loaded?.model ?? null;
  const dragging = useFileDrop(openFile);
  const [apiRef, onGraphReady] = useGraphViewApi();
  const rootRef = useRef<HTMLDivElement>(null);
  const stories = useGraphStories(model);
  const wantsStory = view.story !== null || present || view.autoplay !== null;
  const [storyStage, setStoryStage] = useState<StoryStage | null>(null);
  const [storyInset, setStoryInset] = useState(0);

  const selectedIndex = model && selected ? (model.indexOf.get(selected) ?? -1) : -1;
  const filtered = useMemo(() => (model ? getVisibility(model, { ...filters, asOf: year }, selectedIndex) : null), [model, filters, year, selectedIndex]);
  // the analyses come with their own chunk, after the first picture
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const visibility = analysis ? analysis.visibility : filtered;
  const pane = present ? null : shownPane(view);
  const panelIndex = selectedIndex >= 0 && !visibility?.hiddenNodes?.[selectedIndex] && !present ? selectedIndex : -1;
  const title = useMemo(() => pickText(model?.file.meta?.title, lang) || t("app.title"), [model, lang, t]);

  useDocumentBindings(store, { theme, lang, title });
  useEmbedMessages(store, { status, model, error: data.error }, rootRef);
  const { exportView, notice, clearNotice } = useExportView({
    loaded, visibility, apiRef, theme, lang, title, stories: stories.stories, story: storyStage, measures: analysis?.exportedMeasures,
  });
  // a story step points at its own nodes; otherwise a path does
  const emphasis = storyStage?.emphasis ?? analysis?.emphasis ?? null;

  return (
    <div ref={rootRef} className={`app${embed ? " app--embed" : ""}${present ? " app--present" : ""}`}>
      <AppHeader
        model={model}
        hidden={visibility?.hiddenNodes ?? null}
        canExport={Boolean(model && status !== "loading" && data.complete)}
        onOpen={openFile}
        onExport={exportView}
        stories={{ open: stories.open, toggle: stories.toggle, stories: stories.stories }}
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
        <Stage
          status={status}
          model={model}
          visibility={visibility}
          hasSelection={selectedIndex >= 0}
          title={title}
          onGraphReady={onGraphReady}
          analysis={analysis}
          story={{ emphasis, cameraTarget: storyStage?.camera ?? null, projector: present, insetBottom: storyInset }}
        >
          {model && wantsStory && (
            <Suspense fallback={null}>
              <StoryPlayer model={model} stories={stories.stories} onStage={setStoryStage} onInset={setStoryInset} />
            </Suspense>
          )}
        </Stage>
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
        {model && !embed && (
          <StoryEditorHost model={model} loaded={loaded} lang={lang} hiddenNodes={visibility?.hiddenNodes ?? null} stories={stories} apiRef={apiRef} />
        )}
      </div>
    </div>
  );
}
