// Export then import gives the same graph, for each format: the same ids, names, types,
// edges and positions (within float32 tolerance), on a fixed graph and on random ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GraphFile } from "../model/schema";
import type { ExportView } from "./exportView";
import { readGraphFile } from "./readAny";
import { readCsv } from "./readCsv";
import { writeCsv } from "./writeCsv";
import { writeGexf } from "./writeGexf";
import { writeGraphml } from "./writeGraphml";
import { writeGraphJson } from "./writeJson";

const FORMATS = {
  json: (g: GraphFile, v: ExportView) => readGraphFile({ file: "g.json", text: writeGraphJson(g, v) }),
  gexf: (g: GraphFile, v: ExportView) => readGraphFile({ file: "g.gexf", text: writeGexf(g, v) }),
  graphml: (g: GraphFile, v: ExportView) => readGraphFile({ file: "g.graphml", text: writeGraphml(g, v) }),
  csv: (g: GraphFile, v: ExportView) => {
    const t = writeCsv(g, v);
    return readCsv(t.edges, t.nodes);
  },
};

const graph: GraphFile = {
  meta: { title: { zh: "成渝教育协同网络" } },
  nodes: [
    { id: "sisu", type: "university", name: { zh: "四川外国语大学", en: "Sichuan International Studies University" }, region: "chongqing", aliases: ["川外", "SISU"], url: "https://www.sisu.edu.cn", attributes: { schools: 4000, note: "=SUM(A1)", label: "kept" } },
    { id: "ccls", type: "association", name: { zh: "中国建设劳动学会" }, region: "china", description: { en: "A society" } },
    { id: "a&b <c> \"d\" 'e'", type: "made-up type", name: { en: "Ampersand & <tags>, quotes \"' and a\nnew line" } },
    { id: "城市-1", type: "city", name: { zh: "成都" }, geo: { lat: 30.6598, lng: 104.0657 } },
  ],
  edges: [
    { id: "e1", source: "sisu", target: "ccls", type: "signed-agreement", date: "2025-04", weight: 2.5, label: { zh: "签署合作协议", en: "agreement" } },
    { source: "sisu", target: "ccls", type: "signed-agreement" },
    { source: "城市-1", target: "城市-1", type: "unknown relation" },
    { source: "a&b <c> \"d\" 'e'", target: "sisu", type: "partner-of" },
  ],
};
const positions = Float32Array.of(1.5, -2.25, 100.1, 200.2, -0.001, 1e6, Number.NaN, Number.NaN);
const view: ExportView = { positions, colors: ["#e41a1c", "#377eb8", "#4daf4a", undefined], sizes: [10, 5, 3, 1] };

/** What must survive every format. */
function essence(g: GraphFile) {
  return {
    nodes: g.nodes.map((n) => ({ id: n.id, type: n.type, name: n.name })),
    edges: g.edges.map((e) => ({ source: e.source, target: e.target, type: e.type })),
  };
}

function expectPositions(read: GraphFile, p: Float32Array) {
  read.nodes.forEach((n, i) => {
    const [x, y] = [p[i * 2]!, p[i * 2 + 1]!];
    if (!Number.isFinite(x)) return expect(n.position).toBeUndefined();
    expect(n.position!.x).toBeCloseTo(x, 3);
    expect(n.position!.y).toBeCloseTo(y, 3);
  });
}

describe.each(Object.entries(FORMATS))("%s export, then import", (_format, roundTrip) => {
  it("keeps ids, names, types, edges and positions, with no warning", () => {
    const { graph: back, warnings } = roundTrip(graph, view);
    expect(warnings).toEqual([]);
    expect(essence(back)).toEqual(essence(graph));
    expectPositions(back, positions);
  });

  it("keeps regions, urls, aliases, descriptions, geo coordinates, edge dates, weights and labels", () => {
    const { graph: back } = roundTrip(graph, view);
    expect(back.nodes[3]!.geo).toEqual({ lat: 30.6598, lng: 104.0657 });
    expect(back.nodes[0]!.geo).toBeUndefined();
    expect(back.nodes[0]).toMatchObject({ region: "chongqing", url: "https://www.sisu.edu.cn", aliases: ["川外", "SISU"] });
    expect(back.nodes[1]!.description).toEqual({ en: "A society" });
    expect(back.edges[0]).toMatchObject({ date: "2025-04", weight: 2.5, label: { zh: "签署合作协议", en: "agreement" } });
    expect(String(back.nodes[0]!.attributes?.note)).toBe("=SUM(A1)");
    expect(back.nodes[0]!.attributes?.label).toBe("kept");
  });
});

describe("colours and sizes of the view", () => {
  it("GEXF and GraphML carry them (as Gephi reads them), CSV the colour", () => {
    for (const back of [FORMATS.gexf(graph, view).graph, FORMATS.graphml(graph, view).graph]) {
      expect(back.nodes.map((n) => n.attributes?.color)).toEqual(["#e41a1c", "#377eb8", "#4daf4a", undefined]);
      expect(back.nodes[1]!.attributes?.size).toBe(5);
    }
    expect(FORMATS.csv(graph, view).graph.nodes[0]!.attributes?.color).toBe("#e41a1c");
  });

  it("exports nodes whose ids are Object.prototype's names without touching Object.prototype", () => {
    const names = ["__proto__", "toString", "constructor", "hasOwnProperty"];
    const risky: GraphFile = {
      nodes: names.map((id) => ({ id, type: "city", name: { en: id } })),
      edges: [
        { source: "__proto__", target: "__proto__", type: "partner-of" },
        { source: "__proto__", target: "toString", type: "member-of" },
        { source: "constructor", target: "hasOwnProperty", type: "leads" },
      ],
    };
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const [format, roundTrip] of Object.entries(FORMATS)) {
      const { graph: back } = roundTrip(risky, { positions: Float32Array.of(0, 0, 1, 1, 2, 2, 3, 3) });
      expect(back.nodes.map((n) => n.id), format).toEqual(names);
      expect(back.edges.map((e) => [e.source, e.target]), format).toEqual(risky.edges.map((e) => [e.source, e.target]));
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    const enumerable: string[] = [];
    for (const key in {}) enumerable.push(key);
    expect(enumerable).toEqual([]);
  });

  it("GEXF writes viz:position with Gephi's y pointing up", () => {
    expect(writeGexf(graph, view)).toMatch(/<viz:position x="1.5" y="2.25"\/>/);
  });
});

// random graphs of text an XML document can hold (no C0 controls, no lone surrogates)
const text = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
  // eslint-disable-next-line no-control-regex -- removing the characters XML cannot hold
  .map((s) => s.replace(/[\u0000-\u001F\uFFFE\uFFFF]/g, "").trim())
  .filter((s) => s.length > 0);

const randomGraph = fc
  .uniqueArray(text, { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      nodes: fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), type: text, zh: fc.option(text), en: text }))),
      edges: fc.array(fc.record({ s: fc.nat(ids.length - 1), t: fc.nat(ids.length - 1), type: text }), { maxLength: 10 }),
      xy: fc.array(fc.float({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: ids.length * 2, maxLength: ids.length * 2 }),
    }),
  )
  .map(({ nodes, edges, xy }) => ({
    graph: {
      nodes: nodes.map((n) => ({ id: n.id, type: n.type.slice(0, 80), name: n.zh ? { zh: n.zh, en: n.en } : { en: n.en } })),
      edges: edges.map((e) => ({ source: nodes[e.s]!.id, target: nodes[e.t]!.id, type: e.type.slice(0, 80) })),
    } as GraphFile,
    positions: Float32Array.from(xy),
  }));

describe.each(Object.entries(FORMATS))("%s round trip of random graphs", { timeout: 300_000 }, (_format, roundTrip) => {
  it("keeps ids, names, types, edges and positions", () => {
    fc.assert(
      fc.property(randomGraph, ({ graph: g, positions: p }) => {
        const { graph: back } = roundTrip(g, { positions: p });
        expect(essence(back)).toEqual(essence(g));
        expectPositions(back, p);
      }),
      { numRuns: Number(process.env.IO_RUNS ?? 60), ...(process.env.IO_SEED ? { seed: Number(process.env.IO_SEED), verbose: 2 } : {}) },
    );
  });
});
