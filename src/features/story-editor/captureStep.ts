// "Add step from current view": the view as a story step. The selection is the step's
// `select`, and its nodes are the selected node with its neighbours the filters leave shown
// (or, with nothing selected, what the view emphasises); filters, arrangement and camera as
// they are.
import type { GraphModel } from "../../model/graphModel";
import type { StoryStep } from "../../model/schema";
import { stepFiltersOf, type StepCamera } from "../../state/storyStep";
import type { ViewState } from "../../state/viewState";

export interface CaptureInput {
  view: ViewState;
  model: GraphModel;
  /** per node: 1 hidden by the filters */
  hidden: Uint8Array | null;
  camera: StepCamera | null;
  /** ids of the nodes the view emphasises (a path, a step being played), if any */
  emphasis?: readonly string[];
}

/** The selected node, then its shown neighbours in the order of the adjacency. */
function selectionAndNeighbours(model: GraphModel, index: number, hidden: Uint8Array | null): string[] {
  const out = new Set([index]);
  for (let k = model.offsets[index]!; k < model.offsets[index + 1]!; k++) {
    const j = model.adjacency[k]!;
    if (!hidden?.[j]) out.add(j);
  }
  return [...out].map((i) => model.nodes[i]!.id);
}

export function captureStep({ view, model, hidden, camera, emphasis }: CaptureInput): Omit<StoryStep, "caption"> {
  const index = view.selected ? (model.indexOf.get(view.selected) ?? -1) : -1;
  const selected = index >= 0 && !hidden?.[index];
  const nodes = selected ? selectionAndNeighbours(model, index, hidden) : [...(emphasis ?? [])];
  const filters = stepFiltersOf(view.filters);
  return {
    ...(nodes.length ? { nodes } : {}),
    ...(selected ? { select: view.selected! } : {}),
    ...(filters ? { filters } : {}),
    layout: view.arrangement,
    ...(view.year !== null ? { year: view.year } : {}),
    ...(camera ? { camera: { x: round(camera.x), y: round(camera.y), zoom: round(camera.zoom, 4) } } : {}),
  };
}

/** Graph coordinates to a hundredth, zooms to four decimals: the file stays readable. */
function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
