// The editor and the view: the current view captured as a step, and a step previewed in the
// picture through applyStepToView, the way a story is played.
import type { GraphModel } from "../../model/graphModel";
import type { StoryStep } from "../../model/schema";
import { useViewStore } from "../../state/hooks";
import { applyStepToView, type StepCamera } from "../../state/storyStep";
import { setView } from "../../state/viewState";
import { captureStep } from "./captureStep";
import type { StepPicture } from "./StoryEditor";

const finiteCamera = (c: StepCamera | undefined) => (c && [c.x, c.y, c.zoom].every(Number.isFinite) && c.zoom > 0 ? c : null);

export function useStepView(model: GraphModel, hiddenNodes: Uint8Array | null, picture: () => StepPicture | null) {
  const store = useViewStore();
  const capture = () => {
    const view = store.get();
    // the table shows no camera
    const camera = view.view === "graph" ? finiteCamera(picture()?.viewCentre()) : null;
    return captureStep({ view, model, hidden: hiddenNodes, camera });
  };
  /** From the table, the picture comes back first, and is measured a frame later. */
  const preview = (step: StoryStep) => {
    const fromTable = store.get().view === "table";
    if (fromTable) store.update(setView("graph"));
    const later = fromTable ? (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run)) : undefined;
    applyStepToView(store, step, picture(), later ? { later } : {});
  };
  return { capture, preview };
}
