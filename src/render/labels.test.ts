import { describe, expect, it } from "vitest";
import { createLabelGrid, labelOrder, labelStyle, PROJECTOR_LABEL_SCALE, type LabelBox } from "./labels";

const overlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("label placement", () => {
  it("never places two overlapping labels, whatever comes in", () => {
    const grid = createLabelGrid(800, 600, 48);
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const placed: LabelBox[] = [];
    for (let i = 0; i < 2000; i++) {
      const box = { x: rnd() * 820 - 10, y: rnd() * 620 - 10, w: 20 + rnd() * 120, h: 14 };
      if (grid.tryPlace(box)) placed.push(box);
    }
    expect(placed.length).toBeGreaterThan(30);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!)).toBe(false);
    expect(grid.placed).toBe(placed.length);
  });

  it("gives the place to the label that asks first and refuses boxes off screen", () => {
    const grid = createLabelGrid(400, 300);
    expect(grid.tryPlace({ x: 10, y: 10, w: 100, h: 14 })).toBe(true);
    expect(grid.tryPlace({ x: 60, y: 15, w: 100, h: 14 })).toBe(false);
    expect(grid.tryPlace({ x: 500, y: 10, w: 50, h: 14 })).toBe(false);
    grid.reserve({ x: 200, y: 200, w: 10, h: 10 });
    expect(grid.tryPlace({ x: 195, y: 195, w: 20, h: 20 })).toBe(false);
  });

  it("orders nodes by importance, ties by index", () => {
    expect([...labelOrder(Float32Array.of(1, 5, 5, 0, 9))]).toEqual([4, 1, 2, 0, 3]);
  });

  it("scales every label size, so the projector's scale names even the least node at 20 px or more", () => {
    expect(labelStyle(0, false).size).toBe(11);
    expect(labelStyle(0, false, PROJECTOR_LABEL_SCALE).size).toBeGreaterThanOrEqual(20);
    expect(labelStyle(1, true, PROJECTOR_LABEL_SCALE).size).toBeLessThanOrEqual(34);
  });
});
