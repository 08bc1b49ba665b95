// Repair of every format before validation: what is dropped, merged or kept, and how it is reported.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { GraphLoadError } from "./errors";
import { readGraphFile } from "./readAny";
import { repairGraph } from "./repair";
import { DETAILS_PER_CODE, Reporter } from "./report";

const city = (id: string, extra: object = {}) => ({ id, type: "city", name: { en: id.toUpperCase() }, ...extra });
const read = (graph: object) => readGraphFile({ file: "g.json", text: JSON.stringify({ version: 1, ...graph }) });

describe("repair", () => {
  it("drops an edge to a missing node in our JSON with the warning the UI shows (missing-target.json)", () => {
    const text = readFileSync(new URL("../../tests/fixtures/broken/missing-target.json", import.meta.url), "utf8");
    const { graph, warnings } = readGraphFile({ file: "missing-target.json", text });
    expect(graph.edges).toHaveLength(1);
    expect(warnings).toEqual([
      { path: "edges[1].target", message: "no node with id 'x' — edge dropped", code: "missing-node", params: { id: "x" } },
    ]);
    expect(`${warnings[0]!.path}: ${warnings[0]!.message}`).toContain("edges[1].target: no node with id 'x'");
  });

  it("names the first few dropped edges and counts the rest", () => {
    const edges = Array.from({ length: 25 }, (_, k) => ({ source: "a", target: `gone${k}`, type: "leads" }));
    const { graph, warnings } = read({ nodes: [city("a")], edges: [...edges, { source: "a", target: "a", type: "leads" }] });
    expect(graph.edges).toEqual([{ source: "a", target: "a", type: "leads" }]);
    expect(warnings).toHaveLength(DETAILS_PER_CODE + 1);
    expect(warnings[0]!.path).toBe("edges[0].target");
    expect(warnings.at(-1)).toMatchObject({ code: "more-issues", params: { code: "missing-node", count: 25 - DETAILS_PER_CODE } });
  });

  it("drops an edge without an end", () => {
    const { graph, warnings } = read({ nodes: [city("a")], edges: [{ source: "a", type: "leads" }, { source: "", target: "a", type: "x" }] });
    expect(graph.edges).toEqual([]);
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual(["edges[0].target: no target — edge dropped", "edges[1].source: no source — edge dropped"]);
  });

  it("merges duplicate node ids, combining attributes, aliases and names; edges follow", () => {
    const { graph, warnings } = read({
      nodes: [
        city("a", { attributes: { x: 1, shared: "first" }, aliases: ["A1"] }),
        city("b"),
        { id: " a ", type: "university", name: { zh: "甲" }, attributes: { y: 2, shared: "second" }, aliases: ["A1", "A2"] },
      ],
      edges: [{ source: "a", target: "b", type: "leads" }],
    });
    expect(graph.nodes).toHaveLength(2);
    expect(graph.nodes[0]).toMatchObject({
      id: "a", type: "city", name: { en: "A", zh: "甲" }, attributes: { x: 1, y: 2, shared: "first" }, aliases: ["A1", "A2"],
    });
    expect(warnings).toEqual([expect.objectContaining({ code: "duplicate-id", path: "nodes[2].id", params: { id: "a", first: 0 } })]);
  });

  it("keeps self-loops and parallel edges", () => {
    const edges = [{ source: "a", target: "a", type: "leads" }, { source: "a", target: "b", type: "leads" }, { source: "a", target: "b", type: "leads" }];
    const { graph, warnings } = read({ nodes: [city("a"), city("b")], edges });
    expect(graph.edges).toEqual(edges);
    expect(warnings).toEqual([]);
  });

  it("names records as the file numbers them when a later error follows repairs", () => {
    try {
      read({ nodes: [city("a"), city("a"), city("b", { name: {} })], edges: [{ source: "a", target: "x", type: "t" }, { source: "a", target: "b", type: "t", date: "May" }] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(GraphLoadError);
      expect((err as GraphLoadError).issues.map((i) => i.path)).toEqual(["nodes[2].name", "edges[1].date"]);
    }
  });

  it("leaves a draft that is not a graph to the schema", () => {
    const draft = { nodes: "no", edges: [] };
    expect(repairGraph(draft, new Reporter()).graph).toBe(draft);
  });
});
