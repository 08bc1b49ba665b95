import { describe, expect, it } from "vitest";
import { createGraphModel } from "../model/graphModel";
import { crossRegionBrokers, twoCityCounts } from "./twoCities";

const model = createGraphModel({
  nodes: [
    { id: "s1", type: "university", name: { zh: "川一" }, region: "sichuan" },
    { id: "s2", type: "university", name: { zh: "川二" }, region: "sichuan" },
    { id: "c1", type: "university", name: { zh: "渝一" }, region: "chongqing" },
    { id: "c2", type: "university", name: { zh: "渝二" }, region: "chongqing" },
    { id: "x", type: "alliance", name: { zh: "联盟" }, region: "both" },
  ],
  edges: [
    { source: "s1", target: "s2", type: "partner-of" },
    { source: "c1", target: "c2", type: "partner-of" },
    { source: "s1", target: "c1", type: "signed-agreement" },
    { source: "s1", target: "c2", type: "partner-of" },
    { source: "s2", target: "x", type: "member-of" },
  ],
});

describe("the two-cities view", () => {
  it("counts relations within Sichuan, within Chongqing and across, by type, cross-region types first", () => {
    const counts = twoCityCounts(model);
    expect(counts.total).toEqual([1, 1, 2]);
    expect(counts.byType).toEqual([
      ["partner-of", [1, 1, 1]],
      ["signed-agreement", [0, 0, 1]],
    ]);
  });

  it("ranks brokers by their cross-region relations, then betweenness", () => {
    expect(crossRegionBrokers(model, [0, 0, 0.5, 0.1, 0])).toEqual([
      { index: 0, crossLinks: 2 },
      { index: 2, crossLinks: 1 },
      { index: 3, crossLinks: 1 },
    ]);
  });
});
