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

/**
 * Where each article of the source file begins (its first words, as printed; line breaks
 * ignored), in file order: an article runs to the next one's beginning. Captions printed
 * between articles go with the article before them.
 */
const ARTICLE_OPENINGS: Record<string, string> = {
  rongchang: "4月14日，“智启未来·育见新机",
  cqipc: "近年来，重庆工业职业技术学院以助力",
  guangan: "在重庆正北方向",
  chongqing: "“成”就双城教育“渝”见美好未来",
  sisu: "近日，以“智链全球",
};

/**
 * The print layout's line breaks removed (Chinese text has no spaces between words); blank
 * lines stay paragraph breaks, except after a full printed line that ends mid-sentence (the
 * page's columns put blank lines inside some paragraphs).
 */
export function joinPrintLines(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n[ \t\u3000]*\n+/).map((p) => p.split("\n").map((l) => l.trim()).filter(Boolean)).filter((p) => p.length);
  const merged: string[][] = [];
  for (const lines of paragraphs) {
    const last = merged.at(-1)?.at(-1);
    if (last && last.length >= 12 && !/[。！？；…”）)]$/.test(last)) merged.at(-1)!.push(...lines);
    else merged.push([...lines]);
  }
  return merged.map((lines) => lines.reduce((a, b) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b))).join("\n\n");
}

/** Photo captions printed away from their article: moved to the end of it. */
const ARTICLE_CAPTIONS: Record<string, string[]> = {
  rongchang: ["“川南渝西提升教师教书育人能力共同体”启动仪式在荣昌举行"],
  cqipc: ["重庆工业职业技术学院院长周传德在2024年第三期科创重庆·双月论坛上交流发言"],
  guangan: ["广安理工学院（暂定名）校企合作签约仪式"],
};

/** Each source's article text, cut from its file at the openings above. */
export function articleTexts(sources: readonly { id: string; file?: string | undefined }[], dir = SEEDS_DIR): Map<string, string> {
  const texts = new Map<string, string>();
  const byFile = new Map<string, string[]>();
  for (const s of sources) if (s.file && ARTICLE_OPENINGS[s.id]) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s.id]);
  for (const [file, ids] of byFile) {
    const whole = joinPrintLines(readFileSync(join(dir, file), "utf8"));
    const starts = ids.map((id) => ({ id, at: whole.indexOf(ARTICLE_OPENINGS[id]!) })).filter((s) => s.at >= 0).sort((a, b) => a.at - b.at);
    starts.forEach((s, k) => texts.set(s.id, whole.slice(k === 0 ? 0 : s.at, starts[k + 1]?.at ?? whole.length).trim()));
  }
  for (const [id, captions] of Object.entries(ARTICLE_CAPTIONS)) {
    for (const caption of captions) {
      const holder = [...texts.entries()].find(([, t]) => t.includes(caption));
      if (!holder || holder[0] === id || !texts.has(id)) continue;
      texts.set(holder[0], holder[1].replace(caption, "").replace(/\n{3,}/g, "\n\n").trim());
      texts.set(id, `${texts.get(id)}\n\n${caption}`);
    }
  }
  return texts;
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
  const texts = articleTexts(source.meta?.sources ?? []);
  const meta = source.meta && { ...source.meta, sources: source.meta.sources?.map((s) => (texts.has(s.id) ? { ...s, text: texts.get(s.id)! } : s)) };
  const unplaced: GraphFile = { ...source, ...(meta ? { meta } : {}), nodes, edges };
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
