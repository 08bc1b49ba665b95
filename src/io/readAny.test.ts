// readGraphFile itself: telling the format, decoding bytes, and the size limits.
import { describe, expect, it } from "vitest";
import { GraphLoadError } from "./errors";
import { DEFAULT_LIMITS, MB } from "./limits";
import { readGraphFile, type ReadInput } from "./readAny";
import { readCsv } from "./readCsv";

const ours = JSON.stringify({ nodes: [{ id: "a", type: "city", name: { zh: "成都" } }], edges: [] });

function refusal(input: ReadInput, limits?: Parameters<typeof readGraphFile>[1]): GraphLoadError {
  try {
    readGraphFile(input, limits);
  } catch (err) {
    if (err instanceof GraphLoadError) return err;
    throw err;
  }
  throw new Error("expected a GraphLoadError");
}

describe("format detection", () => {
  it("tells formats by content, whatever the name says", () => {
    expect(readGraphFile({ file: "graph.txt", text: ours }).format).toBe("json");
    expect(readGraphFile({ file: "download", text: "<?xml version='1.0'?><gexf><graph/></gexf>" }).format).toBe("gexf");
    expect(readGraphFile({ file: "x.xml", text: "<graphml><graph/></graphml>" }).format).toBe("graphml");
    expect(readGraphFile({ file: "data", text: "source,target\na,b\n" }).format).toBe("csv");
    expect(readGraphFile({ file: "x", mime: "text/csv", text: "id\na\n" }).graph.nodes).toHaveLength(1);
  });

  it("tells our JSON from node-link JSON", () => {
    expect(readGraphFile({ file: "a.json", text: ours }).format).toBe("json");
    expect(readGraphFile({ file: "a.json", text: '{"nodes":[{"id":"a"}],"links":[]}' }).format).toBe("node-link");
    expect(readGraphFile({ file: "a.json", text: '{"directed":true,"nodes":[],"links":[]}' }).format).toBe("node-link");
  });

  it("refuses what it cannot tell, XML of another kind, JSON that is no graph and a CSV without the columns", () => {
    expect(refusal({ file: "notes", text: "hello world" }).issues[0]?.code).toBe("unknown-format");
    expect(refusal({ file: "a.svg", text: "<svg/>" }).issues[0]?.code).toBe("not-a-graph");
    expect(refusal({ file: "a.json", text: "[1,2,3]" }).issues[0]).toMatchObject({ code: "not-a-graph", path: "" });
    expect(refusal({ file: "a.json", text: '{"nodes": [' }).kind).toBe("json");
    const csv = refusal({ file: "a.csv", text: "name,city\nx,y\n" });
    expect(csv.issues[0]).toMatchObject({ code: "bad-csv-header", params: { found: "name, city" } });
    expect(() => readCsv("from;to\na;b", "name\nx")).toThrow(/the header row needs the columns id/);
  });
});

describe("decoding", () => {
  const utf8 = new TextEncoder().encode(ours);
  const utf16 = (littleEndian: boolean) => {
    const out = new Uint8Array(2 + ours.length * 2);
    const view = new DataView(out.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < ours.length; i++) view.setUint16(2 + i * 2, ours.charCodeAt(i), littleEndian);
    return out;
  };

  it("reads UTF-8 with and without BOM, and UTF-16 LE and BE by their BOM", () => {
    for (const bytes of [utf8, Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8), utf16(true), utf16(false)]) {
      const { graph, warnings } = readGraphFile({ file: "g.json", bytes });
      expect(graph.nodes[0]!.name).toEqual({ zh: "成都" });
      expect(warnings).toEqual([]);
    }
  });

  it("reads GB18030/GBK when the bytes are not UTF-8, and says so", () => {
    // "id,name\nswu,西南大学" in GBK
    const gbk = Uint8Array.of(...new TextEncoder().encode("id,name\nswu,"), 0xce, 0xf7, 0xc4, 0xcf, 0xb4, 0xf3, 0xd1, 0xa7);
    const { graph, warnings } = readGraphFile({ file: "n.csv", bytes: gbk });
    expect(graph.nodes[0]!.name).toEqual({ zh: "西南大学" });
    expect(warnings.map((w) => w.code)).toEqual(["decoded-gb18030"]);
  });

  it("refuses a UTF-16 file whose text is broken", () => {
    expect(refusal({ file: "g.json", bytes: Uint8Array.of(0xff, 0xfe, 0x00, 0xd8, 0x41) }).issues[0]?.code).toBe("bad-encoding");
  });
});

describe("limits", () => {
  it("documents its figures", () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: 100 * MB, maxXmlBytes: 32 * MB, maxNodes: 1_000_000, maxEdges: 3_000_000 });
  });

  it("refuses a file above the byte limit before reading it", () => {
    const err = refusal({ file: "big.json", bytes: new Uint8Array(2 * MB) }, { maxBytes: MB });
    expect(err.issues).toEqual([expect.objectContaining({ code: "too-large", params: { size: 2, limit: 1 } })]);
    expect(err.message).toBe("big.json: the file is 2 MB; at most 1 MB can be opened");
  });

  it("refuses XML above its own limit", () => {
    const text = `<gexf><graph>${" ".repeat(2000)}</graph></gexf>`;
    expect(refusal({ file: "g.gexf", text }, { maxXmlBytes: 1000 }).issues[0]?.code).toBe("too-large");
  });

  it("refuses too many nodes or edges, counted before the heavy parse", () => {
    const nodes = Array.from({ length: 11 }, (_, i) => ({ id: `n${i}`, type: "city", name: { en: "x" } }));
    expect(refusal({ file: "g.json", text: JSON.stringify({ nodes, edges: [] }) }, { maxNodes: 10 }).issues[0]).toMatchObject({
      code: "too-many-nodes", params: { count: 11, limit: 10 },
    });
    const gexf = `<gexf><graph><nodes><node id="a"/></nodes><edges>${'<edge source="a" target="a"/>'.repeat(6)}</edges></graph></gexf>`;
    expect(refusal({ file: "g.gexf", text: gexf }, { maxEdges: 5 }).issues[0]?.code).toBe("too-many-edges");
    expect(refusal({ file: "e.csv", text: `source,target\n${"a,b\n".repeat(6)}` }, { maxEdges: 5 }).issues[0]?.code).toBe("too-many-edges");
  });
});
