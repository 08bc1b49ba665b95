// The labels of the graph at rest, most important first, never overlapping. Hover and
// selection do not touch this layer: their labels are the overlay's.
import { createLabelPass } from "./labelPass";
import type { Layer } from "./types";

export const labelsLayer: Layer = {
  id: "labels",
  surface: "labels",
  draw({ ctx }, frame) {
    if (frame.maxLabels <= 0) return { labels: 0 };
    let considered = 0;
    const pass = createLabelPass(ctx, frame, () => considered >= 40);
    const order = frame.index.labelOrder;
    const budget = Math.min(frame.graph.nodeCount, 4000);
    for (; considered < budget && pass.placed() < frame.maxLabels; considered++) pass.offer(order[considered]!, false);
    pass.finish();
    return { labels: pass.placed(), unfinished: pass.incomplete() };
  },
};
