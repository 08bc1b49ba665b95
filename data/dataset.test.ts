// The embedded dataset: valid, every record evidenced verbatim, built from its source, and
// placed by the app's own layout run to the end (so the app draws it still, at once).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset, formatDataset, layoutInputFor, readSources, settledPositions } from "./build-dataset";
import { checkDataset } from "./checkDataset";
import { createLayoutRunner } from "../src/layout/layoutRunner";
import type { LayoutReply } from "../src/layout/protocol";
import { readGraphFile } from "../src/io/readAny";
import { createGraphModel } from "../src/model/graphModel";
import type { GraphFile } from "../src/model/schema";
import { savedPositions } from "../src/render/fromModel";

const text = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");
const read = (name: string) => JSON.parse(text(name)) as GraphFile;
const dataset = read("./chengyu-education.json");
const source = read("./chengyu-education.source.json");

describe("the embedded dataset", () => {
  it("keeps the schema and the dataset rules, with every quote found in the source", () => {
    expect(checkDataset(dataset, readSources())).toEqual([]);
  });

  it("is what `npm run data:build` makes of the source file", () => {
    const built = buildDataset(source);
    expect(dataset).toEqual(built);
    expect(text("./chengyu-education.json")).toBe(formatDataset(built));
  });

  it("carries pinyin keys for every node with a Chinese name", () => {
    for (const node of dataset.nodes) if (node.name.zh) expect(node.pinyin?.full[0], node.id).toMatch(/^[a-z0-9 ]+$/);
  });
});

describe("the embedded dataset's positions", () => {
  it("place every node at a finite point", () => {
    for (const node of dataset.nodes) {
      expect(node.position, node.id).toBeDefined();
      expect(Number.isFinite(node.position!.x) && Number.isFinite(node.position!.y), node.id).toBe(true);
    }
  });

  it("come out the same on every build (the layout is seeded)", () => {
    const unplaced = { ...dataset, nodes: dataset.nodes.map(({ position: _p, ...n }) => n) };
    const first = settledPositions(unplaced);
    expect(settledPositions(unplaced)).toEqual(first);
    expect(buildDataset(source).nodes.map((n) => n.position)).toEqual(buildDataset(source).nodes.map((n) => n.position));
  });

  it("are where the app's own layout run settles for the file without them, to the rounding", () => {
    const unplaced = { ...dataset, nodes: dataset.nodes.map(({ position: _p, ...n }) => n) };
    // the runner as the worker drives it, in time slices on a fake clock
    const replies: LayoutReply[] = [];
    const queue: (() => void)[] = [];
    let clock = 0;
    const handle = createLayoutRunner({ post: (r) => replies.push(r), sliceMs: 7, now: () => clock++, schedule: (fn) => queue.push(fn) });
    handle({ type: "layout:start", runId: 1, ...layoutInputFor(unplaced), instant: false });
    while (queue.length) queue.shift()!();
    const end = replies[replies.length - 1]!;
    expect(end.type).toBe("layout:settled");
    if (end.type !== "layout:settled") return;
    dataset.nodes.forEach((node, i) => {
      expect(Math.abs(end.positions[i * 2]! - node.position!.x), node.id).toBeLessThanOrEqual(0.051);
      expect(Math.abs(end.positions[i * 2 + 1]! - node.position!.y), node.id).toBeLessThanOrEqual(0.051);
    });
  });

  it("reach the app whole, so its layout starts frozen", () => {
    const { graph } = readGraphFile({ text: text("./chengyu-education.json"), file: "chengyu-education.json" });
    const saved = savedPositions(createGraphModel(graph));
    expect(saved.complete).toBe(true);
    expect(Array.from(saved.positions)).toEqual(dataset.nodes.flatMap((n) => [Math.fround(n.position!.x), Math.fround(n.position!.y)]));
  });
});

describe("the dataset rules", () => {
  it("catch a quote that is not in the source and a record without evidence", () => {
    const bad: GraphFile = {
      meta: { sources: [{ id: "s", title: { zh: "源" } }] },
      nodes: [
        { id: "a", type: "city", name: { zh: "荣昌", en: "Rongchang" }, region: "chongqing", description: { zh: "区", en: "d" }, evidence: [{ source: "s", quote: "并不存在的句子" }] },
        { id: "b", type: "city", name: { zh: "广安", en: "Guang'an" }, region: "sichuan", description: { zh: "市", en: "c" } },
      ],
      edges: [{ source: "a", target: "b", type: "partner-of", evidence: [{ source: "s", quote: "荣昌区以创新引领" }] }],
    };
    const problems = checkDataset(bad, readSources());
    expect(problems.some((p) => p.includes("nodes[0] (a).evidence[0].quote: not in the source"))).toBe(true);
    expect(problems).toContain("nodes[1] (b).evidence: none");
    expect(problems.some((p) => p.startsWith("edges[0]"))).toBe(false);
  });

  it("catch a place without coordinates, and coordinates whose origin is not named", () => {
    const graph: GraphFile = {
      nodes: [
        { id: "a", type: "city", name: { zh: "荣昌", en: "Rongchang" }, geo: { lat: 29.4, lng: 105.6 } },
        { id: "b", type: "district", name: { zh: "广安", en: "Guang'an" } },
        { id: "c", type: "university", name: { zh: "大学", en: "U" } },
      ],
      edges: [],
    };
    const problems = checkDataset(graph, readSources());
    expect(problems).toContain("nodes[1].geo: the place 'b' has no coordinates");
    expect(problems).toContain("meta.geoSource: the dataset's coordinates name no origin");
    expect(problems.some((p) => p.startsWith("nodes[0].geo") || p.startsWith("nodes[2].geo"))).toBe(false);
  });
});
