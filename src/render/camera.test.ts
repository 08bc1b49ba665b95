import { describe, expect, it } from "vitest";
import { centreOn, fitCamera, graphPoint, positionBounds, screenPoint, toGraph, toScreen, visibleGraphRect, zoomAbout } from "./camera";

describe("camera", () => {
  it("converts graph to screen and back", () => {
    const cam = { x: 100, y: -40, k: 2.5 };
    const s = toScreen(cam, graphPoint(10, 20));
    expect(s).toEqual({ x: 125, y: 10 });
    expect(toGraph(cam, s)).toEqual({ x: 10, y: 20 });
  });

  it("fits a rect inside the viewport with padding, centred", () => {
    const cam = fitCamera({ minX: -100, minY: -50, maxX: 100, maxY: 50 }, 800, 600, 40);
    expect(cam.k).toBeCloseTo(3.6);
    const tl = toScreen(cam, graphPoint(-100, -50));
    const br = toScreen(cam, graphPoint(100, 50));
    expect(tl.x).toBeCloseTo(40);
    expect(br.x).toBeCloseTo(760);
    expect((tl.y + br.y) / 2).toBeCloseTo(300);
  });

  it("caps the zoom of a fit around a single point", () => {
    expect(fitCamera({ minX: 5, minY: 5, maxX: 5, maxY: 5 }, 800, 600, 40, 4).k).toBe(4);
  });

  it("keeps the point under the cursor still while zooming", () => {
    const cam = { x: 30, y: 70, k: 1.5 };
    const at = screenPoint(400, 300);
    const before = toGraph(cam, at);
    const after = toGraph(zoomAbout(cam, 2, at), at);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it("tells which part of graph space is in view", () => {
    const rect = visibleGraphRect({ x: 0, y: 0, k: 2 }, 800, 600, 20);
    expect(rect).toEqual({ minX: -10, minY: -10, maxX: 410, maxY: 310 });
    const c = centreOn(graphPoint(50, 50), 800, 600, 2);
    expect(toScreen(c, graphPoint(50, 50))).toEqual({ x: 400, y: 300 });
  });

  it("bounds finite positions only, with radii", () => {
    const pos = Float32Array.of(0, 0, 10, 5, Number.NaN, 100);
    expect(positionBounds(pos, Float32Array.of(1, 2, 3))).toEqual({ minX: -1, minY: -1, maxX: 12, maxY: 7 });
    expect(positionBounds(Float32Array.of(Number.NaN, 1))).toBeNull();
  });
});
