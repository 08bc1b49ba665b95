// The stories in the graph: the loaded file's, until the story editor saves others into
// it; the JSON export writes these. The editor's pane stays mounted once opened, so its
// drafts outlive closing it; a new graph gives it a fresh start (a key of its own).
import { useCallback, useState } from "react";
import type { GraphModel } from "../model/graphModel";
import type { GraphFile, Story } from "../model/schema";

const modelKeys = new WeakMap<GraphModel, number>();
let lastModelKey = 0;

function keyOf(model: GraphModel): number {
  let key = modelKeys.get(model);
  if (key === undefined) modelKeys.set(model, (key = ++lastModelKey));
  return key;
}

export function useGraphStories(model: GraphModel | null) {
  const [saved, setSaved] = useState<{ model: GraphModel; stories: Story[] } | null>(null);
  const [pane, setPane] = useState<"closed" | "open" | "hidden">("closed");
  const stories = model && saved?.model === model ? saved.stories : (model?.file.stories ?? []);
  const save = useCallback((next: Story[]) => model && setSaved({ model, stories: next }), [model]);
  return {
    stories,
    save,
    open: pane === "open",
    /** the pane has been opened (and stays mounted, hidden when closed) */
    mounted: pane !== "closed",
    toggle: () => setPane((p) => (p === "open" ? "hidden" : "open")),
    close: () => setPane((p) => (p === "open" ? "hidden" : p)),
    paneKey: model ? keyOf(model) : 0,
  };
}

/** The graph file to export: with the stories in the graph now, and none when there are none. */
export function withStories(file: GraphFile, stories: readonly Story[]): GraphFile {
  const { stories: _loaded, ...rest } = file;
  return stories.length ? { ...rest, stories: [...stories] } : rest;
}
