import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGraphModel } from "../model/graphModel";
import type { GraphFile } from "../model/schema";
import { createSearchIndex } from "./searchIndex";
import { nodePinyin } from "./pinyinKeys";

const dataset = JSON.parse(readFileSync(new URL("../../data/chengyu-education.json", import.meta.url), "utf8")) as GraphFile;
const model = createGraphModel(dataset);
const index = createSearchIndex(model);
const top = (q: string) => model.nodes[index.search(q)[0]?.index ?? -1]?.id;

describe("search", () => {
  it("finds a university by its alias, its pinyin, its initials and its English name", () => {
    expect(top("川外")).toBe("sisu");
    expect(top("sichuan waiguoyu")).toBe("sisu");
    expect(top("Sichuan International Studies")).toBe("sisu");
    expect(top("scwgydx")).toBe("sisu");
  });

  it("finds 重庆工业职业技术学院 by its short name, its pinyin and its initials", () => {
    expect(top("重庆工业职院")).toBe("cqipc");
    expect(top("chongqing gongye")).toBe("cqipc");
    expect(top("cqgy")).toBe("cqipc");
  });

  it("ranks an exact match before a prefix and a prefix before a match inside", () => {
    const hits = index.search("重庆市");
    expect(model.nodes[hits[0]!.index]!.id).toBe("chongqing");
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
  });

  it("forgives a missing letter (fuzzy) but finds nothing for nonsense", () => {
    expect(top("Macqarie")).toBe("macquarie");
    expect(index.search("zzzzqqqxx")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
  });

  it("uses pinyin made on the fly for a graph that carries none", () => {
    const bare = createGraphModel({ nodes: [{ id: "x", type: "city", name: { zh: "广安市" } }], edges: [] });
    const keys = nodePinyin(["广安市"]);
    const withPinyin = createSearchIndex(bare, () => keys ?? undefined);
    expect(withPinyin.search("guangan")[0]?.index).toBe(0);
    expect(createSearchIndex(bare).search("guangan")).toEqual([]);
  });
});
