import { describe, expect, it } from "vitest";
import { createGraphModel } from "../model/graphModel";
import { getVisibility, yearSpan } from "./visibility";

const model = createGraphModel({
  nodes: [
    { id: "a", type: "university", name: { en: "A" }, region: "sichuan" },
    { id: "b", type: "vocational-college", name: { en: "B" }, region: "chongqing" },
    { id: "c", type: "alliance", name: { en: "C" }, region: "both" },
    { id: "d", type: "city", name: { en: "D" }, region: "chongqing" },
    { id: "e", type: "company", name: { en: "E" } },
  ],
  edges: [
    { source: "a", target: "c", type: "member-of", date: "2020" },
    { source: "b", target: "c", type: "member-of", date: "2024-04" },
    { source: "b", target: "d", type: "located-in" },
    { source: "d", target: "e", type: "partner-of" },
  ],
});
const none = { hiddenTypes: [], hiddenRegions: [], hiddenRelations: [], yearFrom: null, yearTo: null, depth: 0 };
const hiddenIds = (h: Uint8Array | null) => (h ? model.nodes.filter((_, i) => h[i]).map((n) => n.id) : []);

describe("visibility", () => {
  it("hides nothing without filters", () => {
    expect(getVisibility(model, none, -1)).toEqual({ hiddenNodes: null, hiddenEdges: null, shownNodes: 5, shownEdges: 4 });
  });

  it("hides nodes by type and region, and the edges that touch them", () => {
    const v = getVisibility(model, { ...none, hiddenTypes: ["alliance"], hiddenRegions: ["sichuan"] }, -1);
    expect(hiddenIds(v.hiddenNodes)).toEqual(["a", "c"]);
    expect(v).toMatchObject({ shownNodes: 3, shownEdges: 2 });
  });

  it("hides relations by type and by year, keeping undated relations", () => {
    const v = getVisibility(model, { ...none, hiddenRelations: ["partner-of"], yearFrom: 2021, yearTo: null }, -1);
    expect([...v.hiddenEdges!]).toEqual([1, 0, 0, 1]);
    expect(v.shownNodes).toBe(5);
  });

  it("keeps only the neighbourhood of the selection, to the depth asked", () => {
    const b = model.indexOf.get("b")!;
    expect(hiddenIds(getVisibility(model, { ...none, depth: 1 }, b).hiddenNodes)).toEqual(["a", "e"]);
    expect(hiddenIds(getVisibility(model, { ...none, depth: 2 }, b).hiddenNodes)).toEqual([]);
    // the neighbourhood follows only relations still shown
    expect(hiddenIds(getVisibility(model, { ...none, depth: 3, hiddenRelations: ["located-in"] }, b).hiddenNodes)).toEqual(["d", "e"]);
  });

  it("shows the network as it stood at the end of a year: later relations and the nodes only they bring in are hidden, undated ones stay and are marked", () => {
    const early = getVisibility(model, { ...none, asOf: 2019 }, -1);
    expect([...early.hiddenEdges!]).toEqual([1, 1, 0, 0]);
    // a and c joined only in 2020 and 2024; b is in by its undated relation to d
    expect(hiddenIds(early.hiddenNodes)).toEqual(["a", "c"]);
    expect([...early.undatedEdges!]).toEqual([0, 0, 1, 1]);
    const y2020 = getVisibility(model, { ...none, asOf: 2020 }, -1);
    expect([...y2020.hiddenEdges!]).toEqual([0, 1, 0, 0]);
    expect(y2020).toMatchObject({ shownNodes: 5, shownEdges: 3 });
    // a month within the year counts as the year: 2024-04 is in by the end of 2024
    expect(getVisibility(model, { ...none, asOf: 2024 }, -1)).toMatchObject({ shownNodes: 5, shownEdges: 4 });
    expect(getVisibility(model, none, -1).undatedEdges ?? null).toBeNull();
  });

  it("combines the timeline with the year range: a dated relation shows when it is in both", () => {
    const v = getVisibility(model, { ...none, yearFrom: 2021, asOf: 2020 }, -1);
    expect([...v.hiddenEdges!]).toEqual([1, 1, 0, 0]);
    // the range hides relations, not nodes: a and c stood in the network by 2020
    expect(v.shownNodes).toBe(5);
  });

  it("keeps nodes without any relation on the timeline", () => {
    const lone = createGraphModel({
      nodes: [
        { id: "x", type: "city", name: { en: "X" } },
        { id: "y", type: "city", name: { en: "Y" } },
        { id: "z", type: "city", name: { en: "Z" } },
      ],
      edges: [{ source: "x", target: "y", type: "partner-of", date: "2025-01-02" }],
    });
    const v = getVisibility(lone, { ...none, asOf: 2024 }, -1);
    expect(lone.nodes.filter((_, i) => v.hiddenNodes![i]).map((n) => n.id)).toEqual(["x", "y"]);
    expect(v).toMatchObject({ shownNodes: 1, shownEdges: 0 });
  });

  it("knows the span of years relations are dated with", () => {
    expect(yearSpan(model)).toEqual([2020, 2024]);
  });
});
