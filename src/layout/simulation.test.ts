import { describe, expect, it } from "vitest";
import { createLayout } from "./simulation";
import type { LayoutInput } from "./protocol";

function ring(n: number, extra: [number, number][] = []): LayoutInput {
  const pairs: number[] = [];
  for (let i = 0; i < n; i++) pairs.push(i, (i + 1) % n);
  for (const [a, b] of extra) pairs.push(a, b);
  return {
    nodeCount: n,
    edges: Uint32Array.from(pairs),
    sides: Int8Array.from({ length: n }, (_, i) => (i < n / 2 ? -1 : 1)),
    radii: new Float32Array(n).fill(4),
    arrangement: "free",
    instant: false,
    frozen: false,
  };
}

const run = (input: LayoutInput) => {
  const layout = createLayout(input);
  while (!layout.settled) layout.step(50);
  return layout;
};

describe("the layout", () => {
  it("gives the same picture for the same graph", () => {
    expect(run(ring(60)).positions()).toEqual(run(ring(60)).positions());
  });

  it("settles, and puts linked nodes closer than others", () => {
    const layout = run(ring(80));
    expect(layout.settled).toBe(true);
    expect(layout.ticks).toBeGreaterThan(50);
    const p = layout.positions();
    const d = (a: number, b: number) => Math.hypot(p[a * 2]! - p[b * 2]!, p[a * 2 + 1]! - p[b * 2 + 1]!);
    let linked = 0, other = 0;
    for (let i = 0; i < 80; i++) {
      linked += d(i, (i + 1) % 80);
      other += d(i, (i + 40) % 80);
    }
    expect(linked * 3).toBeLessThan(other);
  });

  it("pulls Sichuan to the left and Chongqing to the right in the two-cities arrangement", () => {
    const input = { ...ring(60), arrangement: "two-cities" as const };
    const p = run(input).positions();
    let left = 0, right = 0;
    for (let i = 0; i < 60; i++) {
      if (i < 30) left += p[i * 2]!;
      else right += p[i * 2]!;
    }
    expect(left / 30).toBeLessThan(-20);
    expect(right / 30).toBeGreaterThan(20);
  });

  it("keeps a pinned node where it was put, and stays still when every node has a saved place", () => {
    const layout = createLayout(ring(30));
    layout.pin(3, 500, -200);
    while (!layout.settled) layout.step(50);
    expect([layout.positions()[6], layout.positions()[7]]).toEqual([500, -200]);
    const initial = new Float32Array(60).map((_, i) => i * 3);
    const frozen = createLayout({ ...ring(30), initial, frozen: true });
    expect(frozen.settled).toBe(true);
    expect(frozen.positions()).toEqual(initial);
  });
});

describe("a frozen layout", () => {
  const initial = new Float32Array(60).map((_, i) => ((i * 37) % 23) * 9);

  it("moves when asked for the two cities, and settles again", () => {
    const layout = createLayout({ ...ring(30), initial, frozen: true });
    expect(layout.settled).toBe(true);
    layout.arrange("two-cities");
    expect(layout.settled).toBe(false);
    while (!layout.settled) layout.step(50);
    expect(layout.positions()).not.toEqual(initial);
  });

  it("that starts in the two-cities arrangement moves from the saved positions as a switch would", () => {
    const started = createLayout({ ...ring(30), initial, frozen: true, arrangement: "two-cities" });
    expect(started.settled).toBe(false);
    while (!started.settled) started.step(50);
    const switched = createLayout({ ...ring(30), initial, frozen: true });
    switched.arrange("two-cities");
    while (!switched.settled) switched.step(50);
    expect(started.positions()).toEqual(switched.positions());
  });

  it("runs again from where it is on relayout", () => {
    const layout = createLayout({ ...ring(30), initial, frozen: true });
    layout.relayout();
    expect(layout.settled).toBe(false);
    expect(layout.alpha()).toBe(1);
    while (!layout.settled) layout.step(50);
    expect(layout.ticks).toBeGreaterThan(50);
    expect(layout.positions()).not.toEqual(initial);
  });
});
