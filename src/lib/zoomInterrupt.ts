// Stands in for d3-transition, which d3-zoom imports only to stop running transitions when a
// gesture starts or a transform is set. The camera never runs d3 transitions (it glides by
// itself, cameraController.ts), so there is nothing to stop; this keeps d3-transition, d3-timer
// and d3-ease (some 4 kB gzipped) out of the first bundle. Aliased in vite.config.ts.
import { selection } from "d3-selection";

export function interrupt(): void {}

(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
