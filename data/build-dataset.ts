// Builds data/chengyu-education.json from the hand-written chengyu-education.source.json:
// adds pinyin search keys (so the app ships no pinyin dictionary) and stable edge ids,
// then checks the result against the schema and the dataset rules.
//   npm run data:build
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nodePinyin } from "../src/analysis/pinyinKeys";
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

export function buildDataset(source: GraphFile): GraphFile {
  const nodes = source.nodes.map((n) => {
    const keys = nodePinyin([n.name.zh, ...(n.aliases ?? [])]);
    const { pinyin: _old, ...rest } = n;
    return keys ? { ...rest, pinyin: keys } : rest;
  });
  const edges = source.edges.map((e, i) => ({ id: `e${String(i + 1).padStart(3, "0")}`, ...e, ...(e.id ? { id: e.id } : {}) }));
  return { ...source, nodes, edges };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const src = JSON.parse(readFileSync(join(here, "chengyu-education.source.json"), "utf8")) as GraphFile;
  const out = buildDataset(src);
  const problems = checkDataset(out, readSources());
  for (const p of problems) console.error(p);
  writeFileSync(join(here, "chengyu-education.json"), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`wrote data/chengyu-education.json: ${out.nodes.length} nodes, ${out.edges.length} edges, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
