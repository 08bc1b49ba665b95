// The graph as the parse worker hands it over: the model made from the compact part and
// the records that follow is the model of the validated graph, record for record and key
// for key; the compact part alone already holds what the first frame and the indices read.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGraphModel } from "../model/graphModel";
import { GraphFileSchema, type GraphFile } from "../model/schema";
import { applyRecords, chunkRecords, modelFromCompact, toCompactGraph } from "./compactGraph";
import { readGraphFile } from "./readAny";

/** JSON with keys in their order and undefined values spelled out. */
const exact = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? "<undefined>" : x));

/** What crosses to the main thread: a structured clone (the typed arrays would be transferred). */
function handOver(graph: GraphFile, chunkSize: number) {
  const { compact, rest } = toCompactGraph(graph);
  return { compact: structuredClone(compact), chunks: chunkRecords(rest, chunkSize).map((c) => structuredClone(c)), rest };
}

function expectSameModel(graph: GraphFile, chunkSize = 3) {
  const { compact, chunks } = handOver(graph, chunkSize);
  const model = modelFromCompact(compact);
  const expected = createGraphModel(graph);
  for (const chunk of chunks) applyRecords(model, chunk);
  expect(exact(model.file)).toBe(exact(graph));
  expect(model.nodes).toBe(model.file.nodes);
  expect(model.edges).toBe(model.file.edges);
  expect([...model.indexOf]).toEqual([...expected.indexOf]);
  for (const key of ["edgeEnds", "degree", "offsets", "adjacency"] as const) expect(model[key]).toEqual(expected[key]);
}

const node = (id: string, extra: object = {}) => ({ id, type: "university", name: { zh: `校${id}`, en: `School ${id}` }, ...extra });

describe("the compact graph", () => {
  it("gives back the validated graph of every fixture and of the embedded dataset", () => {
    const dataset = readFileSync(new URL("../../data/chengyu-education.json", import.meta.url), "utf8");
    expectSameModel(readGraphFile({ file: "chengyu-education.json", text: dataset }).graph, 50);
    const dir = new URL("../../tests/fixtures/formats/", import.meta.url);
    for (const name of readdirSync(dir).filter((n) => !n.startsWith("nodes-"))) {
      expectSameModel(readGraphFile({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }).graph);
    }
  });

  it("gives back records with some fields only, or keys present as undefined, in any chunk size", () => {
    const graph = GraphFileSchema.parse({
      version: 1,
      meta: { title: { en: "T" } },
      nodes: [
        node("a", { region: "sichuan", position: { x: -0, y: 2.5 }, aliases: ["甲"], pinyin: { full: ["jia"], initials: ["j"] } }),
        { id: "b", type: "made-up", name: { en: "B" } },
        { id: "c", type: "city", name: { zh: "丙" }, description: { en: "d" }, url: "https://c.org" },
        { id: "d", type: "city", name: { zh: "丁", en: undefined }, region: undefined, geo: { lat: 30, lng: 104 } },
        node("e", { attributes: { size: 3, share: { value: 1, unit: "%" } }, evidence: [{ source: "s", quote: "q" }] }),
      ],
      edges: [
        { source: "a", target: "b", type: "partner-of", date: "2024" },
        { id: "e1", source: "b", target: "b", type: "other" },
        { source: "c", target: "a", type: "leads", weight: 2, label: { en: "l" } },
        { source: "a", target: "d", type: "leads", date: undefined },
      ],
    });
    for (const size of [1, 2, 5, 100]) expectSameModel(graph, size);
  });

  it("leaves out of the compact part only the records with more than its fields", () => {
    const graph = readGraphFile({
      file: "g.json",
      text: JSON.stringify({
        nodes: [node("a", { region: "both" }), node("b", { attributes: { x: 1 } }), node("c")],
        edges: [{ source: "a", target: "b", type: "leads", date: "2020-01" }, { id: "x", source: "b", target: "c", type: "leads" }],
      }),
    }).graph;
    const { rest } = toCompactGraph(graph);
    expect(rest.nodes.index).toEqual([1]);
    expect(rest.edges.index).toEqual([1]);
  });

  it("holds, before any record follows, every field the first frame, the filters and the search read", () => {
    const graph = readGraphFile({
      file: "g.json",
      text: JSON.stringify({
        nodes: [node("a", { region: "chongqing", position: { x: 1, y: 2 }, geo: { lat: 29.4, lng: 105.6 }, aliases: ["A"], attributes: { x: 1 } }), node("b")],
        edges: [{ source: "a", target: "b", type: "leads", date: "2021", evidence: [{ source: "s", quote: "q" }] }],
      }),
    }).graph;
    const model = modelFromCompact(structuredClone(toCompactGraph(graph).compact));
    expect(model.nodes[0]).toEqual({ id: "a", type: "university", name: { zh: "校a", en: "School a" }, aliases: ["A"], region: "chongqing", position: { x: 1, y: 2 }, geo: { lat: 29.4, lng: 105.6 } });
    expect(model.edges[0]).toEqual({ source: "a", target: "b", type: "leads", date: "2021" });
    expect([...model.degree]).toEqual([1, 1]);
  });

  it("splits the records into chunks of the size asked, nodes first, none lost", () => {
    const rest = { nodes: { index: [0, 2, 4], value: ["n0", "n2", "n4"] }, edges: { index: [1, 3], value: ["e1", "e3"] } };
    const chunks = chunkRecords(rest as never, 2);
    expect(chunks.map((c) => [c.nodes.index, c.edges.index])).toEqual([
      [[0, 2], []],
      [[4], [1]],
      [[], [3]],
    ]);
    expect(chunkRecords({ nodes: { index: [], value: [] }, edges: { index: [], value: [] } }, 2)).toEqual([]);
  });
});
