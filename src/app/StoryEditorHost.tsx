// The story editor's pane, once opened: it stays mounted (hidden when closed) so its drafts
// outlive closing it, and a new graph gives it a fresh start.
import { Suspense, type RefObject } from "react";
import type { LoadedGraph } from "../data/loadGraph";
import type { GraphViewApi } from "../features/graph-view/GraphView";
import type { Lang } from "../lib/pickText";
import type { GraphModel } from "../model/graphModel";
import { StoryEditor } from "./lazyFeatures";
import type { useGraphStories } from "./useGraphStories";

interface StoryEditorHostProps {
  model: GraphModel;
  loaded: LoadedGraph | null;
  lang: Lang;
  hiddenNodes: Uint8Array | null;
  stories: ReturnType<typeof useGraphStories>;
  apiRef: RefObject<GraphViewApi | null>;
}

export function StoryEditorHost({ model, loaded, lang, hiddenNodes, stories, apiRef }: StoryEditorHostProps) {
  if (!stories.mounted) return null;
  return (
    <Suspense fallback={null}>
      <StoryEditor
        key={stories.paneKey}
        model={model}
        lang={lang}
        hiddenNodes={hiddenNodes}
        stories={stories.stories}
        graphKey={`${loaded?.file ?? ""}:${model.nodes.length}:${model.edges.length}`}
        picture={() => apiRef.current}
        open={stories.open}
        onSave={stories.save}
        onClose={stories.close}
      />
    </Suspense>
  );
}
