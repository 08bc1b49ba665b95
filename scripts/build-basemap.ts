// Builds the map's base layer, src/render/map/provinces.topo.json: the province outlines of
// Sichuan, Chongqing and their neighbours, from the China map that echarts 4.9.0 ships
// (Apache-2.0, map/json/china.json), decoded from echarts' compressed GeoJSON, turned into
// TopoJSON, simplified and quantized to a few tens of KB. Names in Chinese and English.
//   npx tsx scripts/build-basemap.ts
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import { quantize } from "topojson-client";

/** echarts' province names -> ids and full names; `label`: where the name is written (others are not named) */
const PROVINCES: Record<string, { zh: string; id: string; en: string; label?: [number, number] }> = {
  四川: { zh: "四川省", id: "sichuan", en: "Sichuan", label: [105.05, 30.95] },
  重庆: { zh: "重庆市", id: "chongqing", en: "Chongqing", label: [107.7, 29.8] },
  贵州: { zh: "贵州省", id: "guizhou", en: "Guizhou", label: [106.3, 28.25] },
  云南: { zh: "云南省", id: "yunnan", en: "Yunnan" },
  西藏: { zh: "西藏自治区", id: "xizang", en: "Xizang" },
  青海: { zh: "青海省", id: "qinghai", en: "Qinghai" },
  甘肃: { zh: "甘肃省", id: "gansu", en: "Gansu" },
  陕西: { zh: "陕西省", id: "shaanxi", en: "Shaanxi", label: [107.6, 32.9] },
  湖北: { zh: "湖北省", id: "hubei", en: "Hubei", label: [109.4, 30.5] },
  湖南: { zh: "湖南省", id: "hunan", en: "Hunan", label: [109.9, 28.6] },
};
/** the share of the smallest triangle areas removed by simplification */
const SIMPLIFY_QUANTILE = 0.55;

interface EchartsGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: string[] | string[][];
  encodeOffsets: number[][] | number[][][];
}

/** echarts' ring encoding: zigzag-encoded deltas, two characters a point, scaled by 1024 */
function decodeRing(text: string, offset: number[]): Position[] {
  const ring: Position[] = [];
  let x = offset[0]!, y = offset[1]!;
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64, dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / 1024, y / 1024]);
  }
  return ring;
}

function decodeGeometry(g: EchartsGeometry): Polygon | MultiPolygon {
  if (g.type === "Polygon") {
    const rings = g.coordinates as string[];
    return { type: "Polygon", coordinates: rings.map((r, i) => decodeRing(r, (g.encodeOffsets as number[][])[i]!)) };
  }
  const polys = g.coordinates as string[][];
  return {
    type: "MultiPolygon",
    coordinates: polys.map((rings, i) => rings.map((r, j) => decodeRing(r, (g.encodeOffsets as number[][][])[i]![j]!))),
  };
}

export function buildBaseMap(): object {
  const require = createRequire(import.meta.url);
  const source = JSON.parse(readFileSync(require.resolve("echarts/map/json/china.json"), "utf8")) as {
    features: { properties: { name: string; cp: [number, number] }; geometry: EchartsGeometry }[];
  };
  const features: Feature[] = source.features
    .filter((f) => f.properties.name in PROVINCES)
    .map((f) => {
      const p = PROVINCES[f.properties.name]!;
      return {
        type: "Feature",
        id: p.id,
        properties: { zh: p.zh, en: p.en, label: p.label ?? null },
        geometry: decodeGeometry(f.geometry),
      };
    });
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const topo = presimplify(topology({ provinces: collection }, 1e5) as unknown as Parameters<typeof presimplify>[0]);
  return quantize(simplify(topo, quantile(topo, SIMPLIFY_QUANTILE)), 1e4);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = new URL("../src/render/map/provinces.topo.json", import.meta.url);
  const text = `${JSON.stringify(buildBaseMap())}\n`;
  writeFileSync(out, text);
  console.log(`wrote ${fileURLToPath(out)}: ${(text.length / 1024).toFixed(1)} KB`);
}
