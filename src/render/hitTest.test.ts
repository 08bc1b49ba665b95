import { describe, expect, it } from "vitest";
import { createHitIndex } from "./hitTest";
import { pointInRect, segmentMayCross } from "./culling";

describe("hit-testing", () => {
  const positions = Float32Array.of(0, 0, 10, 0, 100, 100, 12, 1);
  const radii = Float32Array.of(3, 2, 20, 2);

  it("finds the node under the point, the nearest rim first", () => {
    const hit = createHitIndex(positions, radii);
    expect(hit.find(0.5, 0.5, 0)).toBe(0);
    expect(hit.find(11.8, 0.9, 0)).toBe(3);
    expect(hit.find(115, 100, 0)).toBe(2);
    expect(hit.find(50, 50, 0)).toBe(-1);
    expect(hit.find(4, 0, 0)).toBe(-1);
    expect(hit.find(4, 0, 1.5)).toBe(0);
  });

  it("skips hidden nodes and positions that are not finite", () => {
    const hit = createHitIndex(Float32Array.of(0, 0, Number.NaN, 0, 5, 0), Float32Array.of(3, 3, 3), (i) => i !== 0);
    expect(hit.find(0, 0, 0)).toBe(-1);
    expect(hit.find(5, 0, 0)).toBe(2);
  });

  it("stays exact on many nodes", () => {
    const n = 20000;
    const pos = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      pos[i * 2] = (i % 200) * 10;
      pos[i * 2 + 1] = Math.floor(i / 200) * 10;
    }
    const hit = createHitIndex(pos, new Float32Array(n).fill(2));
    expect(hit.find(570, 330, 0)).toBe(33 * 200 + 57);
  });
});

describe("culling", () => {
  const rect = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
  it("keeps points in view and drops those outside, counting their radius", () => {
    expect(pointInRect(50, 50, 0, rect)).toBe(true);
    expect(pointInRect(-5, 50, 4, rect)).toBe(false);
    expect(pointInRect(-5, 50, 6, rect)).toBe(true);
  });
  it("keeps an edge that crosses the view with both ends outside", () => {
    expect(segmentMayCross(-50, 50, 150, 50, rect)).toBe(true);
    expect(segmentMayCross(-50, -10, -10, 200, rect)).toBe(false);
    expect(segmentMayCross(120, 0, 130, 100, rect)).toBe(false);
  });
});
