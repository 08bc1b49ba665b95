// Opening an edge table and a node table together: which is which is told by the same
// header rule that opens a single CSV file (csvTableKind), in either order.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GraphFile } from "../model/schema";
import { csvTableKind } from "./readCsv";
import { readCsvPair, type ByteFile } from "./readFromSource";
import { readGraphFile } from "./readAny";

const dir = new URL("../../tests/fixtures/formats/", import.meta.url);
const fixture = (file: string): ByteFile => ({ file, bytes: new Uint8Array(readFileSync(new URL(file, dir))) });
const inline = (file: string, text: string): ByteFile => ({ file, bytes: new TextEncoder().encode(text) });
const ends = (g: GraphFile) => g.edges.map((e) => `${e.source}>${e.target}:${e.type}`);
const names = (g: GraphFile) => Object.fromEntries(g.nodes.map((n) => [n.id, n.name.zh ?? n.name.en]));

describe("a CSV pair", () => {
  for (const [edgesFile, expected] of [
    ["edges-chinese-header.csv", ["scu>cqu:partner-of", "scu>chengdu:located-in", "cqu>chongqing:located-in"]],
    ["edges-source-id-target-id.csv", ["scu>cqu:related", "cqu>chongqing:related"]],
  ] as const) {
    it(`opens ${edgesFile} with a node table, whichever file comes first`, () => {
      // the edge table alone opens: the pair must agree with it
      expect(ends(readGraphFile(fixture(edgesFile)).graph)).toEqual(expected);
      for (const [a, b] of [
        [fixture(edgesFile), fixture("nodes-comma.csv")],
        [fixture("nodes-comma.csv"), fixture(edgesFile)],
      ] as const) {
        const { graph, format, warnings } = readCsvPair(a, b);
        expect(format).toBe("csv");
        expect(ends(graph)).toEqual(expected);
        expect(names(graph)).toMatchObject({ scu: "四川大学", cqu: "重庆大学", chongqing: "Chongqing, municipality" });
        expect(warnings).toEqual([]);
      }
    });
  }

  it("takes a node table with a `source` column (where the record comes from) for a node table", () => {
    const nodes = inline("nodes.csv", "id,name,source\na,甲,yearbook\nb,乙,yearbook\n");
    const edges = inline("edges.csv", "from,to\na,b\n");
    for (const [x, y] of [[nodes, edges], [edges, nodes]] as const) {
      const { graph } = readCsvPair(x, y);
      expect(ends(graph)).toEqual(["a>b:related"]);
      expect(graph.nodes.map((n) => n.attributes?.source)).toEqual(["yearbook", "yearbook"]);
    }
  });
});

describe("csvTableKind", () => {
  it("tells edge tables from node tables by the columns readCsv reads", () => {
    expect(csvTableKind("来源,目标\na,b")).toBe("edges");
    expect(csvTableKind("\uFEFFSource Id;Target Id\na;b")).toBe("edges");
    expect(csvTableKind("from\tto\nA\tB")).toBe("edges");
    expect(csvTableKind("起点,终点\na,b")).toBe("edges");
    expect(csvTableKind("id,name,source\na,甲,x")).toBe("nodes");
    expect(csvTableKind("名称,类型,地区,id\n")).toBe("nodes");
    expect(csvTableKind("name,label\nx,y")).toBeNull();
  });
});
