import { describe, expect, it } from "vitest";
import { createGraphModel } from "../../model/graphModel";
import { getTableRows, nextSort, sortRows } from "./sortRows";

const model = createGraphModel({
  nodes: [
    { id: "cq", type: "province", name: { zh: "重庆市", en: "Chongqing" }, region: "chongqing" },
    { id: "sc", type: "province", name: { zh: "四川省", en: "Sichuan" }, region: "sichuan" },
    { id: "a", type: "alliance", name: { zh: "安居联盟", en: "Anju Alliance" } },
    { id: "x", type: "mystery", name: { en: "Xenon" } },
  ],
  edges: [
    { source: "a", target: "cq", type: "located-in" },
    { source: "a", target: "sc", type: "located-in" },
    { source: "x", target: "a", type: "member-of" },
  ],
});

describe("table rows", () => {
  it("count links in both directions and label types and regions in the chosen language", () => {
    const rows = getTableRows(model, "en");
    expect(rows.find((r) => r.id === "a")).toMatchObject({ links: 3, type: "Alliance or community", region: "" });
    expect(rows.find((r) => r.id === "x")).toMatchObject({ type: "mystery", name: "Xenon" });
    expect(getTableRows(model, "zh").find((r) => r.id === "x")?.name).toBe("Xenon");
  });

  it("sort Chinese names in pinyin order and links from most to fewest", () => {
    const zh = sortRows(getTableRows(model, "zh"), { column: "name", direction: "ascending" }, "zh");
    expect(zh.map((r) => r.name)).toEqual(["安居联盟", "重庆市", "四川省", "Xenon"]);
    const byLinks = sortRows(getTableRows(model, "en"), { column: "links", direction: "descending" }, "en");
    expect(byLinks[0]?.id).toBe("a");
  });

  it("toggle direction on the same column and start links descending", () => {
    expect(nextSort({ column: "name", direction: "ascending" }, "name").direction).toBe("descending");
    expect(nextSort({ column: "name", direction: "ascending" }, "links")).toEqual({ column: "links", direction: "descending" });
  });
});
