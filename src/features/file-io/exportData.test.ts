import { describe, expect, it } from "vitest";
import { createGraphModel } from "../../model/graphModel";
import { shownGraph, writeShown } from "./exportData";

const model = createGraphModel({
  nodes: [
    { id: "a", type: "university", name: { zh: "甲" } },
    { id: "b", type: "city", name: { zh: "乙" } },
  ],
  edges: [{ source: "a", target: "b", type: "located-in" }],
});

describe("data exports with the node measures", () => {
  it("write each node's measures as columns of the CSV node table and attributes in the JSON", async () => {
    const shown = shownGraph(model, null, null, [0, 0, 10, 10], "light", { betweenness: [0.25, 0], community: [1, 2] });
    const [nodes] = await writeShown(shown, "csv", "g");
    const lines = nodes!.text.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    const header = lines[0]!.split(",");
    const row = lines[1]!.split(",");
    expect(row[header.indexOf("betweenness")]).toBe("0.25");
    expect(row[header.indexOf("community")]).toBe("1");
    const [json] = await writeShown(shown, "json", "g");
    const file = JSON.parse(json!.text);
    expect(file.nodes[1].attributes).toEqual({ betweenness: 0, community: 2 });
  });
});
