// The map arrangement in the layout: it waits until it knows where the places are, then pins
// them at their projected positions (in the order they lie on the ground), pulls what lies in
// a place toward it, and lets the places go when the arrangement changes.
import { describe, expect, it } from "vitest";
import { createMapProjection, projectNodes } from "../model/mapProjection";
import { createLayout } from "./simulation";
import type { LayoutGeo, LayoutInput } from "./protocol";

// 0 泸州, 1 荣昌区, 2 永川, 3 重庆市, 4 广安市 (places); 5 lies in 荣昌区; 6 has no place
const LNG_LAT = [105.4423, 28.8718, 105.594, 29.4048, 105.927, 29.356, 106.5516, 29.563, 106.6333, 30.4564, 105.594, 29.4048, NaN, NaN];
const KIND = Uint8Array.of(1, 1, 1, 1, 1, 2, 0);
const projection = createMapProjection(Float32Array.from(LNG_LAT), KIND, 7)!;
const geo: LayoutGeo = { targets: projectNodes(Float32Array.from(LNG_LAT), projection), kind: KIND };

function input(extra: Partial<LayoutInput> = {}): LayoutInput {
  return {
    nodeCount: 7,
    edges: Uint32Array.of(0, 1, 1, 2, 2, 3, 3, 4, 5, 1, 6, 3, 6, 0),
    sides: new Int8Array(7),
    radii: new Float32Array(7).fill(5),
    arrangement: "map",
    instant: true,
    frozen: false,
    ...extra,
  };
}

const settle = (layout: ReturnType<typeof createLayout>) => {
  for (let guard = 0; guard < 100 && !layout.settled; guard++) layout.step(100);
  return layout.positions();
};

describe("the map arrangement", () => {
  it("pins the places at their projected positions: west to east, north to south", () => {
    const p = settle(createLayout(input({ geo })));
    for (let i = 0; i < 5; i++) {
      const [x, y] = projection([LNG_LAT[i * 2]!, LNG_LAT[i * 2 + 1]!])!;
      expect(p[i * 2]).toBeCloseTo(x, 0);
      expect(p[i * 2 + 1]).toBeCloseTo(y, 0);
    }
    expect(p[0]! < p[2]! && p[2]! < p[4]! && p[4]! < p[6]!).toBe(true);
    expect(p[9]! < p[3]! && p[3]! < p[1]!).toBe(true);
    // what lies in 荣昌区 stays near it
    expect(Math.hypot(p[10]! - p[2]!, p[11]! - p[3]!)).toBeLessThan(60);
  });

  it("waits, moving nothing, until it is told where the places are", () => {
    const layout = createLayout(input({ initial: new Float32Array(14).fill(1) }));
    expect(layout.waiting).toBe(true);
    layout.step(50);
    expect(layout.ticks).toBe(0);
    layout.setGeo(geo);
    expect(layout.waiting).toBe(false);
    settle(layout);
    expect(layout.ticks).toBeGreaterThan(0);
  });

  it("lets the places go in another arrangement, but not a place the user pinned", () => {
    const layout = createLayout(input({ geo }));
    settle(layout);
    layout.pin(3, 500, 500);
    layout.arrange("free");
    const p = settle(layout);
    expect([p[6], p[7]]).toEqual([500, 500]);
    const pinnedOnMap = projection([LNG_LAT[0]!, LNG_LAT[1]!])!;
    expect(Math.hypot(p[0]! - pinnedOnMap[0], p[1]! - pinnedOnMap[1])).toBeGreaterThan(1);
  });

  it("without any place, lays the graph out as the free arrangement does", () => {
    const none: LayoutGeo = { targets: new Float32Array(14).fill(NaN), kind: new Uint8Array(7) };
    expect(settle(createLayout(input({ geo: none })))).toEqual(settle(createLayout(input({ arrangement: "free" }))));
  });
});
