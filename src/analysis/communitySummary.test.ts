import { describe, expect, it } from "vitest";
import { createGraphModel } from "../model/graphModel";
import { keepCommunity } from "./communityFilter";
import { summarizeCommunities } from "./communitySummary";

const model = createGraphModel({
  nodes: [
    { id: "a", type: "university", name: { zh: "甲" }, region: "sichuan" },
    { id: "b", type: "university", name: { zh: "乙" }, region: "sichuan" },
    { id: "c", type: "city", name: { zh: "丙" }, region: "sichuan" },
    { id: "d", type: "company", name: { zh: "丁" }, region: "chongqing" },
  ],
  edges: [
    { source: "a", target: "b", type: "partner-of" },
    { source: "b", target: "c", type: "located-in" },
    { source: "c", target: "d", type: "partner-of" },
  ],
});
const of = Int32Array.from([0, 0, 0, 1]);

describe("communities as the panes show them", () => {
  it("summarise each community: members, top members by a measure, dominant types and regions", () => {
    const [first, second] = summarizeCommunities(model, of, 2, [1, 3, 2, 1], 2);
    expect(first!.members).toEqual([0, 1, 2]);
    expect(first!.top).toEqual([1, 2]);
    expect(first!.types).toEqual([["university", 2], ["city", 1]]);
    expect(first!.regions).toEqual([["sichuan", 3]]);
    expect(second!.members).toEqual([3]);
  });

  it("filter to one community: the others' nodes and every relation touching them hidden, counts to match", () => {
    const v = keepCommunity(model, { hiddenNodes: null, hiddenEdges: null, shownNodes: 4, shownEdges: 3 }, of, 0);
    expect([...v.hiddenNodes!]).toEqual([0, 0, 0, 1]);
    expect([...v.hiddenEdges!]).toEqual([0, 0, 1]);
    expect([v.shownNodes, v.shownEdges]).toEqual([3, 2]);
  });
});
