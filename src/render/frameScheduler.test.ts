import { describe, expect, it } from "vitest";
import { createFrameScheduler, type FrameClock } from "./frameScheduler";

function manualClock() {
  const queue = new Map<number, () => void>();
  let next = 1;
  const clock: FrameClock = {
    request: (cb) => (queue.set(next, cb), next++),
    cancel: (h) => void queue.delete(h),
  };
  const tick = () => {
    const due = [...queue.values()];
    queue.clear();
    due.forEach((cb) => cb());
  };
  return { clock, tick, waiting: () => queue.size };
}

describe("the frame scheduler", () => {
  it("draws nothing and asks for no frame when nothing changed", () => {
    const { clock, tick, waiting } = manualClock();
    const drawn: string[][] = [];
    createFrameScheduler<string>((dirty) => (drawn.push([...dirty]), true), clock);
    tick();
    expect(waiting()).toBe(0);
    expect(drawn).toEqual([]);
  });

  it("draws once per frame, only the layers marked since the last one", () => {
    const { clock, tick, waiting } = manualClock();
    const drawn: string[][] = [];
    const scheduler = createFrameScheduler<string>((dirty) => (drawn.push([...dirty].sort()), true), clock);
    scheduler.invalidate("overlay");
    scheduler.invalidate("overlay", "labels");
    expect(waiting()).toBe(1);
    tick();
    tick();
    expect(drawn).toEqual([["labels", "overlay"]]);
    scheduler.invalidate("edges");
    tick();
    expect(drawn).toEqual([["labels", "overlay"], ["edges"]]);
  });

  it("keeps the layers marked when the frame could not be drawn yet", () => {
    const { clock, tick } = manualClock();
    let ready = false;
    const drawn: string[][] = [];
    const scheduler = createFrameScheduler<string>((dirty) => (ready ? (drawn.push([...dirty].sort()), true) : false), clock);
    scheduler.invalidate("nodes");
    tick();
    expect(drawn).toEqual([]);
    ready = true;
    scheduler.invalidate("overlay");
    tick();
    expect(drawn).toEqual([["nodes", "overlay"]]);
  });

  it("draws nothing after kill", () => {
    const { clock, tick, waiting } = manualClock();
    const drawn: string[][] = [];
    const scheduler = createFrameScheduler<string>((dirty) => (drawn.push([...dirty]), true), clock);
    scheduler.invalidate("nodes");
    scheduler.kill();
    scheduler.invalidate("nodes");
    tick();
    expect(waiting()).toBe(0);
    expect(drawn).toEqual([]);
  });
});
