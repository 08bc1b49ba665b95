// What the renderer draws, and which layers a change touches: a new graph, positions or
// theme touch them all; new label texts touch the labels; hover, selection, focus and emphasis touch
// the overlay alone.
import { LAYER_IDS, type LayerId } from "./layers/types";
import type { RenderDisplay } from "./types";

export const ALL_LAYERS: readonly LayerId[] = LAYER_IDS;

export function displayChanges(prev: RenderDisplay | null, next: RenderDisplay): LayerId[] {
  if (!prev || prev.theme !== next.theme || prev.hidden !== next.hidden || prev.hiddenEdges !== next.hiddenEdges || prev.faintEdges !== next.faintEdges) return [...ALL_LAYERS];
  const changed: LayerId[] = [];
  if (prev.labels !== next.labels || prev.labelScale !== next.labelScale) changed.push("labels", "overlay");
  else if (prev.selected !== next.selected || prev.hovered !== next.hovered || prev.focus !== next.focus || prev.emphasis !== next.emphasis || prev.veil !== next.veil) changed.push("overlay");
  return changed;
}
