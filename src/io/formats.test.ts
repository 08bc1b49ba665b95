// Real-format fixtures (tests/fixtures/formats/), written as Gephi, NetworkX, d3, yEd and
// spreadsheets write them: what a user sees after opening each one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GraphFile } from "../model/schema";
import { readGraphFile } from "./readAny";
import { readCsv } from "./readCsv";

const dir = new URL("../../tests/fixtures/formats/", import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const open = (name: string) => readGraphFile({ file: name, bytes: bytes(name) });
const node = (g: GraphFile, id: string) => g.nodes.find((n) => n.id === id)!;
const ends = (g: GraphFile) => g.edges.map((e) => `${e.source}>${e.target}:${e.type}`);

describe("Gephi GEXF 1.3 export", () => {
  const { graph, warnings, format } = open("gephi-1.3.gexf");

  it("reads every node and edge, with no repair", () => {
    expect(format).toBe("gexf");
    expect(warnings).toEqual([]);
    expect(graph.nodes).toHaveLength(5);
    expect(graph.edges).toHaveLength(5);
    expect(graph.meta?.title).toEqual({ zh: "成渝高校合作网络" });
  });

  it("takes label as the name, the type attvalue as the type (by id or Chinese label)", () => {
    expect(node(graph, "scu").name).toEqual({ zh: "四川大学" });
    expect(node(graph, "scu").type).toBe("research-university");
    expect(node(graph, "sisu").type).toBe("university"); // written 本科高校
    expect(node(graph, "alliance").region).toBe("both");
  });

  it("keeps the other attvalues under their titles, with their types", () => {
    expect(node(graph, "scu").attributes).toMatchObject({ "Modularity Class": 0, Degree: 3, founded: 1896 });
  });

  it("reads viz:color (r,g,b,a and hex), viz:size and viz:position (Gephi's y up, negated)", () => {
    expect(node(graph, "scu").attributes).toMatchObject({ color: "#e41a1c", size: 30 });
    expect(node(graph, "sisu").attributes?.color).toBe("#4daf4a");
    expect(node(graph, "scu").position).toEqual({ x: -120.5, y: -80.25 });
    expect(node(graph, "cqu").position).toEqual({ x: 140, y: 60.5 });
  });

  it("takes the relation from the label or a relation attvalue, else 'related' keeping the label", () => {
    expect(ends(graph)).toEqual([
      "scu>alliance:member-of",
      "cqu>alliance:member-of", // attvalue 成员
      "scu>chengdu:located-in",
      "scu>cqu:related",
      "sisu>alliance:member-of",
    ]);
    expect(graph.edges[3]!.label).toEqual({ zh: "战略合作协议" });
    expect(graph.edges[4]!.weight).toBe(2.5);
    expect(graph.edges.map((e) => e.id)).toEqual(["0", "1", "2", "3", "4"]);
  });
});

describe("GEXF 1.2 (NetworkX write_gexf)", () => {
  const { graph, warnings } = open("networkx-1.2.gexf");

  it("reads numeric attribute ids by their titles, lists as JSON text", () => {
    expect(warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.name.en)).toEqual(["Chongqing University", "Southwest University", "Chongqing"]);
    expect(node(graph, "0").type).toBe("research-university");
    expect(node(graph, "0").attributes).toMatchObject({ students: 47000, tags: '["985","211"]', color: "#1f77b4", size: 10 });
    expect(node(graph, "1").position).toEqual({ x: -30.25, y: -18 });
    expect(ends(graph)).toEqual(["0>1:related", "0>2:located-in", "1>2:located-in"]);
    expect(graph.edges[0]!.attributes).toEqual({ since: "2019" });
  });
});

describe("NetworkX node_link_data", () => {
  it("string ids, `links`, graph name: attributes other than id kept, name by script", () => {
    const { graph, format, warnings } = open("networkx-string-ids.json");
    expect(format).toBe("node-link");
    expect(warnings).toEqual([]);
    expect(graph.meta?.title).toEqual({ zh: "成渝高校合作" });
    expect(node(graph, "sisu")).toMatchObject({
      name: { zh: "四川外国语大学" }, type: "university", region: "chongqing", url: "https://www.sisu.edu.cn",
      attributes: { founded: 1950 },
    });
    expect(node(graph, "cdut")).toMatchObject({ name: { en: "Chengdu University of Technology" }, type: "unknown" });
    expect(node(graph, "cdut").attributes?.members).toBe('["a","b"]');
    expect(node(graph, "chongqing").name).toEqual({ zh: "重庆" }); // from `label`
    expect(ends(graph)).toEqual(["sisu>ccls:signed-agreement", "sisu>chongqing:located-in", "cdut>sisu:related"]);
    expect(graph.edges[0]).toMatchObject({ date: "2025", weight: 1 });
    expect(graph.edges[2]!.attributes).toEqual({ note: "shared lab" });
  });

  it("numeric ids and `edges` of a multigraph: ids as text, parallel edges and self-loops kept", () => {
    const { graph, warnings } = open("networkx-numeric-ids.json");
    expect(warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.id)).toEqual(["0", "1", "2", "7"]);
    expect(ends(graph)).toEqual(["0>1:partner-of", "0>1:exchanges-with", "2>7:related", "7>7:related"]);
    expect(graph.edges[1]!.attributes).toEqual({ key: 1 });
  });
});

describe("d3 force example (links by index)", () => {
  it("gives id-less nodes their index as id and resolves link ends as indices", () => {
    const { graph, format } = open("d3-force-index.json");
    expect(format).toBe("node-link");
    expect(graph.nodes.map((n) => [n.id, n.name.en ?? n.name.zh])).toEqual([
      ["0", "Sichuan University"], ["1", "Chongqing University"], ["2", "成都市"], ["3", "重庆市"],
    ]);
    expect(ends(graph)).toEqual(["0>2:related", "1>3:related", "0>1:related"]);
    expect(graph.edges[0]!.weight).toBe(3); // d3's `value`
    expect(node(graph, "2").attributes).toEqual({ group: 2 });
  });
});

describe("yEd GraphML", () => {
  const { graph, warnings, format } = open("yed.graphml");

  it("names nodes by y:NodeLabel and places them at the centre of y:Geometry", () => {
    expect(format).toBe("graphml");
    expect(warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.name)).toEqual([{ zh: "四川大学" }, { en: "Chongqing University" }, { zh: "成渝高校联盟" }]);
    expect(node(graph, "n0").position).toEqual({ x: 155, y: 215 });
    expect(node(graph, "n2").position).toEqual({ x: 290, y: 420 }); // a GenericNode
    expect(node(graph, "n0").attributes?.color).toBe("#ffcc00");
    expect(node(graph, "n1").attributes?.color).toBe("#99ccff"); // alpha dropped
  });

  it("reads typed keys (url, description) and leaves no yEd graphics behind", () => {
    expect(node(graph, "n0").url).toBe("https://www.scu.edu.cn");
    expect(node(graph, "n0").description).toEqual({ zh: "位于成都的综合性研究型大学" });
    expect(JSON.stringify(graph)).not.toMatch(/ShapeNode|Geometry|undefined/);
  });

  it("reads y:EdgeLabel as the relation where it names one", () => {
    expect(ends(graph)).toEqual(["n0>n2:member-of", "n1>n2:member-of", "n0>n1:related"]);
    expect(graph.edges[1]!.attributes).toEqual({ description: "joined in 2020" });
  });
});

describe("Gephi GraphML export", () => {
  it("reads label, type, r/g/b as colour, x/y (y negated), size and Edge Label", () => {
    const { graph, warnings } = open("gephi.graphml");
    expect(warnings).toEqual([]);
    expect(node(graph, "uestc")).toMatchObject({
      name: { zh: "电子科技大学" }, type: "research-university", position: { x: -55.5, y: -120 },
      attributes: { color: "#66c2a5", size: 18, "Modularity Class": 0 },
    });
    expect(node(graph, "cqupt").name).toEqual({ en: "Chongqing University of Posts and Telecommunications" });
    expect(ends(graph)).toEqual(["uestc>lab:co-builds", "cqupt>lab:co-builds", "uestc>cqupt:related"]);
    expect(graph.edges[2]!.label).toEqual({ en: "joint programme" });
  });
});

describe("CSV tables", () => {
  it("an edge table with a node table: names, types, regions, attributes, created nodes", () => {
    const { graph, warnings } = readCsv(
      readFileSync(new URL("edges-comma.csv", dir), "utf8"),
      readFileSync(new URL("nodes-comma.csv", dir), "utf8"),
    );
    expect(node(graph, "scu")).toMatchObject({ name: { zh: "四川大学" }, type: "research-university", region: "sichuan" });
    expect(node(graph, "scu").attributes).toEqual({ founded: "1896" });
    expect(node(graph, "chongqing").name).toEqual({ en: "Chongqing, municipality" });
    expect(ends(graph)).toEqual(["scu>cqu:partner-of", "scu>chengdu:located-in", "cqu>chongqing:located-in", "sisu>chongqing:located-in"]);
    expect(graph.edges[0]).toMatchObject({ weight: 2, date: "2021-05" });
    expect(node(graph, "sisu")).toEqual({ id: "sisu", type: "unknown", name: { en: "sisu" } });
    expect(warnings.map((w) => [w.code, w.path, w.params?.id])).toEqual([["node-created", "nodes[4]", "sisu"]]);
  });

  it("an edge table alone creates its nodes", () => {
    const { graph, format, warnings } = open("edges-comma.csv");
    expect(format).toBe("csv");
    expect(warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.id)).toEqual(["scu", "cqu", "chengdu", "chongqing", "sisu"]);
  });

  it("Gephi's semicolon table: Source/Target/Type/Id/Label/Weight", () => {
    const { graph, warnings } = open("edges-gephi-semicolon.csv");
    expect(ends(graph)).toEqual(["uestc>cqupt:partner-of", "uestc>lab:co-builds", "cqupt>lab:related"]);
    expect(graph.edges[0]).toMatchObject({ id: "0", weight: 1, attributes: { directed: false } });
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual(["edges[1].weight: weight '2,5' is not a number — dropped"]);
  });

  it("a tab-separated table with from/to and a quoted cell", () => {
    const { graph } = open("edges-tab.tsv");
    expect(ends(graph)).toEqual(["A>B:member-of", "B>C:leads", "C>A:related"]);
    expect(graph.edges[1]!.attributes).toEqual({ note: "quoted\tcell" });
  });

  it("a GBK-encoded node table (as Chinese Excel saves it) is decoded, with a warning", () => {
    const { graph, warnings } = open("nodes-gbk.csv");
    expect(graph.nodes.map((n) => n.name.zh)).toEqual(["西南大学", "四川师范大学"]);
    expect(warnings.map((w) => w.code)).toEqual(["decoded-gb18030"]);
  });

  it("tables with a byte-order mark, and Chinese column names", () => {
    expect(ends(open("edges-bom.csv").graph)).toEqual(["swu>scnu:related"]);
    expect(open("nodes-chinese-header-bom.csv").graph.nodes).toEqual([
      { id: "swu", type: "university", name: { zh: "西南大学" }, region: "chongqing" },
    ]);
  });
});
