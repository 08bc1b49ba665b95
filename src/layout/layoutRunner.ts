// Runs layout commands: steps the simulation in time slices and posts positions after
// each slice. Shared by the worker and the main-thread fallback, which differ only in
// how they post and how long a slice may be.
import { createLayout, type Layout } from "./simulation";
import type { LayoutCommand, LayoutReply } from "./protocol";

export interface RunnerHost {
  post(reply: LayoutReply): void;
  /** how long one slice of ticks may take, in ms */
  sliceMs: number;
  now(): number;
  schedule(fn: () => void): void;
}

export function createLayoutRunner(host: RunnerHost) {
  let layout: Layout | null = null;
  let runId = -1;
  let instant = false;
  let running = false;
  let startAlpha = 1;

  const loop = () => {
    if (!layout) return;
    if (layout.waiting) {
      running = false;
      return;
    }
    running = true;
    const until = host.now() + (instant ? 1e9 : host.sliceMs);
    let ticked = 0;
    while (!layout.settled && (host.now() < until || ticked === 0)) {
      layout.step(1);
      ticked++;
    }
    if (layout.settled) {
      running = false;
      host.post({ type: "layout:settled", runId, positions: layout.positions(), ticks: layout.ticks });
      return;
    }
    const alpha = layout.alpha();
    const progress = Math.min(1, Math.max(0, Math.log(alpha / startAlpha) / Math.log(0.001 / startAlpha)));
    host.post({ type: "layout:tick", runId, positions: layout.positions(), alpha, progress });
    host.schedule(loop);
  };
  const wake = () => {
    if (!running && layout && !layout.settled && !layout.waiting) host.schedule(loop);
  };

  return function handle(cmd: LayoutCommand): void {
    if (cmd.type === "layout:start") {
      runId = cmd.runId;
      instant = cmd.instant;
      running = false;
      try {
        layout = createLayout(cmd);
      } catch (err) {
        host.post({ type: "layout:error", runId, message: err instanceof Error ? err.message : String(err) });
        return;
      }
      startAlpha = Math.max(layout.alpha(), 0.002);
      host.post({ type: "layout:tick", runId, positions: layout.positions(), alpha: layout.alpha(), progress: 0 });
      if (layout.settled && !layout.waiting) host.post({ type: "layout:settled", runId, positions: layout.positions(), ticks: 0 });
      else wake();
      return;
    }
    if (cmd.runId !== runId || !layout) return;
    switch (cmd.type) {
      case "layout:pin":
        layout.pin(cmd.index, cmd.x, cmd.y);
        break;
      case "layout:release":
        layout.release(cmd.index);
        break;
      case "layout:arrange":
        layout.arrange(cmd.arrangement);
        startAlpha = layout.alpha();
        break;
      case "layout:geo":
        layout.setGeo({ targets: cmd.targets, kind: cmd.kind });
        startAlpha = layout.alpha();
        break;
      case "layout:relayout":
        layout.relayout();
        startAlpha = layout.alpha();
        break;
      case "layout:stop":
        layout = null;
        running = false;
        return;
    }
    wake();
  };
}
