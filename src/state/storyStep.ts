// A story step and the view state, both ways: the view a step shows (selection, filters,
// arrangement, year, and its camera), and the step's fields for a view. stepToViewState is
// the one place a step becomes a view-state change, shared by the story player and the story
// editor's preview (applyStepToView).
import type { StoryStep } from "../model/schema";
import type { Store } from "./store";
import type { ArrangementName, Depth, Filters, ViewState } from "./viewState";

export type StepFilters = NonNullable<StoryStep["filters"]>;
export type StepCamera = NonNullable<StoryStep["camera"]>;

/** The view's filters under the names of the URL parameters; undefined when nothing is filtered. */
export function stepFiltersOf(f: Filters): StepFilters | undefined {
  const out: StepFilters = {
    ...(f.hiddenTypes.length ? { hideType: [...f.hiddenTypes] } : {}),
    ...(f.hiddenRegions.length ? { hideRegion: [...f.hiddenRegions] } : {}),
    ...(f.hiddenRelations.length ? { hideRelation: [...f.hiddenRelations] } : {}),
    ...(f.yearFrom !== null ? { from: f.yearFrom } : {}),
    ...(f.yearTo !== null ? { to: f.yearTo } : {}),
    ...(f.depth ? { depth: f.depth } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

/** A step's filters as view filters: what the step does not name is not filtered. */
export function filtersOfStep(f: StepFilters | undefined): Filters {
  const depth = f?.depth ?? 0;
  return {
    hiddenTypes: [...(f?.hideType ?? [])],
    hiddenRegions: [...(f?.hideRegion ?? [])],
    hiddenRelations: [...(f?.hideRelation ?? [])],
    yearFrom: f?.from ?? null,
    yearTo: f?.to ?? null,
    depth: (depth >= 0 && depth <= 3 ? depth : 0) as Depth,
  };
}

/**
 * The view a step asks for, on the picture. A step is a whole view: what it leaves out is
 * reset (no selection, no filters, the free arrangement, no year), so a step looks the same
 * whichever step came before it.
 */
export function stepToViewState(step: StoryStep, state: ViewState): ViewState {
  return {
    ...state,
    view: "graph",
    selected: step.select ?? null,
    filters: filtersOfStep(step.filters),
    arrangement: (step.layout ?? "free") satisfies ArrangementName,
    year: step.year ?? null,
  };
}

/** What applyStepToView needs of the picture (the graph view's handle gives it). */
export interface StepCameraTarget {
  show(view: StepCamera, animate?: boolean): void;
  frameNodes(ids: readonly string[], animate?: boolean): void;
}

export interface ApplyStepOptions {
  animate?: boolean;
  /** runs the camera move once the picture has answered the new state (default: the next frame) */
  later?: (run: () => void) => void;
}

/**
 * Shows a step: its selection, filters and arrangement go into the view state, then the
 * camera goes to the step's camera, or frames the step's nodes when it has none. The camera
 * waits for the next frame because the picture answers a new selection or new filters by
 * framing them, and the step's camera must come after that.
 */
export function applyStepToView(store: Store<ViewState>, step: StoryStep, picture: StepCameraTarget | null, options: ApplyStepOptions = {}): void {
  const { animate = true, later = (run) => requestAnimationFrame(() => run()) } = options;
  store.update((s) => stepToViewState(step, s));
  if (!picture) return;
  later(() => {
    if (step.camera) picture.show(step.camera, animate);
    else if (step.nodes?.length) picture.frameNodes(step.nodes, animate);
  });
}
