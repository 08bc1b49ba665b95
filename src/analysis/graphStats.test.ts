import { describe, expect, it } from "vitest";
import { createGraphModel } from "../model/graphModel";
import { degreeHistogram, statsCsv } from "./graphStats";

describe("graph statistics", () => {
  it("bins the degree distribution by value for small degrees and in 20 equal bins for large ones", () => {
    expect(degreeHistogram([1, 2, 2, 0])).toEqual([
      { from: 0, to: 0, count: 1 },
      { from: 1, to: 1, count: 1 },
      { from: 2, to: 2, count: 2 },
    ]);
    const wide = degreeHistogram([0, 99, 50]);
    expect(wide).toHaveLength(20);
    expect(wide[0]).toEqual({ from: 0, to: 4, count: 1 });
    expect(wide.at(-1)).toEqual({ from: 95, to: 99, count: 1 });
  });

  it("writes the figures, the counts by type and the distribution as CSV", () => {
    const model = createGraphModel({
      nodes: [{ id: "a", type: "city", name: { zh: "甲" } }, { id: "b", type: "city", name: { zh: "乙" } }],
      edges: [{ source: "a", target: "b", type: "partner-of" }],
    });
    const csv = statsCsv(model, { density: 1, diameter: 1, averagePathLength: 1, components: 1 }, null).split("\r\n");
    expect(csv).toEqual([
      "section,name,value", "graph,nodes,2", "graph,edges,1", "graph,density,1", "graph,diameter,1", "graph,averagePathLength,1",
      "graph,components,1", "nodeType,city,2", "relationType,partner-of,1", "degree,0,0", "degree,1,2", "",
    ]);
  });
});
