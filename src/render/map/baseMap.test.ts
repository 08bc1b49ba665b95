// The base map agrees with the layout: a place pinned by the map projection lies inside the
// outline of its province, and Sichuan and Chongqing are named.
import { describe, expect, it } from "vitest";
import { createMapProjection } from "../../model/mapProjection";
import { loadBaseMap } from "./baseMap";

/** even-odd point in polygon over every ring of the province */
function inside(rings: readonly Float32Array[], x: number, y: number): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

describe("the base map", () => {
  // 重庆市, 泸州, 广安市 (places)
  const lngLat = Float32Array.of(106.5516, 29.563, 105.4423, 28.8718, 106.6333, 30.4564);
  const kind = Uint8Array.of(1, 1, 1);

  it("draws the provinces where the layout pins the places", () => {
    const projection = createMapProjection(lngLat, kind, 3)!;
    const provinces = loadBaseMap(projection);
    const province = (id: string) => provinces.find((p) => p.id === id)!;
    const [cqX, cqY] = projection([106.5516, 29.563])!;
    const [lzX, lzY] = projection([105.4423, 28.8718])!;
    expect(inside(province("chongqing").rings, cqX, cqY)).toBe(true);
    expect(inside(province("sichuan").rings, cqX, cqY)).toBe(false);
    expect(inside(province("sichuan").rings, lzX, lzY)).toBe(true);
  });

  it("names Sichuan and Chongqing in both languages, and marks them as the home provinces", () => {
    const provinces = loadBaseMap(createMapProjection(lngLat, kind, 3)!);
    const home = provinces.filter((p) => p.home);
    expect(home.map((p) => [p.label?.zh, p.label?.en]).sort()).toEqual([["四川省", "Sichuan"], ["重庆市", "Chongqing"]]);
    expect(provinces.length).toBeGreaterThan(5);
  });

  it("has no projection without a place to fit the map to", () => {
    expect(createMapProjection(Float32Array.of(NaN, NaN, 106.5, 29.5), Uint8Array.of(0, 2), 2)).toBeNull();
  });
});
