// The runner as the worker and the main-thread fallback drive it, on a fake clock: a frozen
// start stays still until asked, and then moves with progress and a settled reply as usual.
import { describe, expect, it } from "vitest";
import { createLayoutRunner } from "./layoutRunner";
import type { LayoutCommand, LayoutInput, LayoutReply } from "./protocol";

function ring(n: number): LayoutInput {
  const pairs: number[] = [];
  for (let i = 0; i < n; i++) pairs.push(i, (i + 1) % n);
  return {
    nodeCount: n,
    edges: Uint32Array.from(pairs),
    // a saved picture that is not the layout's: the ring's nodes scattered over a grid
    initial: Float32Array.from({ length: n * 2 }, (_, k) => (k % 2 ? ((k * 7) % 11) * 25 : ((k * 3) % 13) * 25)),
    sides: Int8Array.from({ length: n }, (_, i) => (i < n / 2 ? -1 : 1)),
    radii: new Float32Array(n).fill(4),
    arrangement: "free",
    instant: false,
    frozen: true,
  };
}

function harness() {
  const replies: LayoutReply[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const handle = createLayoutRunner({
    post: (reply) => replies.push(reply),
    sliceMs: 5,
    now: () => clock++, // every look at the clock is a millisecond: a few ticks per slice
    schedule: (fn) => queue.push(fn),
  });
  return {
    replies,
    send(cmd: LayoutCommand) {
      handle(cmd);
    },
    /** runs what the runner scheduled until it has nothing left to do */
    drain() {
      for (let guard = 0; queue.length; guard++) {
        if (guard > 100_000) throw new Error("the runner never settles");
        queue.shift()!();
      }
    },
    take() {
      return replies.splice(0);
    },
  };
}

const last = (replies: LayoutReply[]) => replies[replies.length - 1]!;
const differs = (a: Float32Array, b: Float32Array) => a.some((v, i) => Math.abs(v - b[i]!) > 1);

describe("the layout runner", () => {
  it("shows a frozen start as it is and settles at once", () => {
    const h = harness();
    const input = ring(30);
    h.send({ type: "layout:start", runId: 1, ...input });
    h.drain();
    const replies = h.take();
    expect(replies.map((r) => r.type)).toEqual(["layout:tick", "layout:settled"]);
    expect((replies[1] as Extract<LayoutReply, { type: "layout:settled" }>).positions).toEqual(input.initial);
  });

  it("re-runs a frozen layout on request: progress ticks, then settled positions that differ from the start", () => {
    const h = harness();
    const input = ring(30);
    h.send({ type: "layout:start", runId: 1, ...input });
    h.drain();
    h.take();
    h.send({ type: "layout:relayout", runId: 1 });
    h.drain();
    const replies = h.take();
    const ticks = replies.filter((r) => r.type === "layout:tick");
    expect(ticks.length).toBeGreaterThan(2);
    expect(replies.slice(0, -1).every((r) => r.type === "layout:tick")).toBe(true);
    const progress = ticks.map((r) => r.progress);
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(progress[progress.length - 1]!).toBeGreaterThan(progress[0]!);
    const end = last(replies);
    expect(end.type).toBe("layout:settled");
    if (end.type !== "layout:settled") return;
    expect(end.runId).toBe(1);
    expect(end.positions.every(Number.isFinite)).toBe(true);
    expect(differs(end.positions, input.initial!)).toBe(true);
    // laid out, the ring's neighbours are closer than on the grid
    const gap = (q: Float32Array) => {
      let sum = 0;
      for (let i = 0; i < 30; i++) {
        const j = (i + 1) % 30;
        sum += Math.hypot(q[i * 2]! - q[j * 2]!, q[i * 2 + 1]! - q[j * 2 + 1]!);
      }
      return sum;
    };
    expect(gap(end.positions)).toBeLessThan(gap(input.initial!));
  });

  it("moves a frozen layout into the two-cities arrangement, and back", () => {
    const h = harness();
    const input = ring(40);
    h.send({ type: "layout:start", runId: 1, ...input });
    h.drain();
    h.take();
    h.send({ type: "layout:arrange", runId: 1, arrangement: "two-cities" });
    h.drain();
    const replies = h.take();
    expect(replies.filter((r) => r.type === "layout:tick").length).toBeGreaterThan(2);
    const end = last(replies);
    if (end.type !== "layout:settled") throw new Error("expected settled");
    const meanX = (from: number, to: number) => {
      let s = 0;
      for (let i = from; i < to; i++) s += end.positions[i * 2]!;
      return s / (to - from);
    };
    expect(meanX(0, 20)).toBeLessThan(meanX(20, 40) - 40);
    h.send({ type: "layout:arrange", runId: 1, arrangement: "free" });
    h.drain();
    const back = last(h.take());
    expect(back.type).toBe("layout:settled");
    if (back.type === "layout:settled") expect(differs(back.positions, end.positions)).toBe(true);
  });

  it("ignores a re-run for a run it has replaced or stopped", () => {
    const h = harness();
    h.send({ type: "layout:start", runId: 2, ...ring(10) });
    h.drain();
    h.take();
    h.send({ type: "layout:relayout", runId: 1 });
    h.drain();
    expect(h.take()).toEqual([]);
    h.send({ type: "layout:stop", runId: 2 });
    h.send({ type: "layout:relayout", runId: 2 });
    h.drain();
    expect(h.take()).toEqual([]);
  });
});
