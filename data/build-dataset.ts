// Builds data/chengyu-education.json from the hand-written chengyu-education.source.json:
// adds pinyin search keys (so the app ships no pinyin dictionary), stable edge ids and
// every node's position from the app's own seeded layout run to the end (so the app draws
// the final picture at once and nothing moves), then checks the result against the schema
// and the dataset rules.
//   npm run data:build
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nodePinyin } from "../src/analysis/pinyinKeys";
import { createLayout } from "../src/layout/simulation";
import type { LayoutInput } from "../src/layout/protocol";
import { createGraphModel } from "../src/model/graphModel";
import { citySides, createRenderGraph, savedPositions } from "../src/render/fromModel";
import { checkDataset } from "./checkDataset";
import type { GraphFile } from "../src/model/schema";

const here = fileURLToPath(new URL(".", import.meta.url));
// a copy of ../shared/seeds/, so a clone checks its dataset on its own
export const SEEDS_DIR = join(here, "sources");

export function readSources(dir = SEEDS_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
}

/**
 * The layout the app starts for this file when it has no saved positions (GraphView:
 * radii from createRenderGraph, sides from citySides, the free arrangement), run to the
 * end in one go. The simulation is seeded, so this is the picture the browser would settle on.
 */
export function layoutInputFor(file: GraphFile): LayoutInput {
  const model = createGraphModel(file);
  return {
    nodeCount: model.nodes.length,
    edges: model.edgeEnds,
    initial: savedPositions(model).positions,
    sides: citySides(model),
    radii: createRenderGraph(model).radii,
    arrangement: "free",
    instant: true,
    frozen: false,
  };
}

/** Settled positions, stride 2, in node order. */
export function settledPositions(file: GraphFile): Float64Array {
  const layout = createLayout(layoutInputFor(file));
  while (!layout.settled) layout.step(100);
  return Float64Array.from(layout.positions());
}

/** One decimal: a tenth of a graph unit is far below a pixel, and keeps the file small. */
const round = (v: number) => Math.round(v * 10) / 10 || 0;

export function buildDataset(source: GraphFile): GraphFile {
  const nodes = source.nodes.map((n) => {
    const keys = nodePinyin([n.name.zh, ...(n.aliases ?? [])]);
    const { pinyin: _old, position: _saved, ...rest } = n;
    return keys ? { ...rest, pinyin: keys } : rest;
  });
  const edges = source.edges.map((e, i) => ({ id: `e${String(i + 1).padStart(3, "0")}`, ...e, ...(e.id ? { id: e.id } : {}) }));
  const unplaced: GraphFile = { ...source, nodes, edges };
  const p = settledPositions(unplaced);
  const placed = nodes.map((n, i) => ({ ...n, position: { x: round(p[i * 2]!), y: round(p[i * 2 + 1]!) } }));
  return { ...unplaced, nodes: placed };
}

/** The file's text: one-space indent, each position on one line. */
export function formatDataset(file: GraphFile): string {
  const text = JSON.stringify(file, null, 1);
  return `${text.replace(/"position": \{\s*"x": ([^,\s]+),\s*"y": ([^\s}]+)\s*\}/g, '"position": { "x": $1, "y": $2 }')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const src = JSON.parse(readFileSync(join(here, "chengyu-education.source.json"), "utf8")) as GraphFile;
  const out = buildDataset(src);
  const problems = checkDataset(out, readSources());
  for (const p of problems) console.error(p);
  writeFileSync(join(here, "chengyu-education.json"), formatDataset(out));
  console.log(`wrote data/chengyu-education.json: ${out.nodes.length} nodes, ${out.edges.length} edges, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
