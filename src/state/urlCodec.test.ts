import { describe, expect, it } from "vitest";
import { decodeViewState, encodeViewState } from "./urlCodec";
import { getEmptyViewState } from "./viewState";

describe("urlCodec", () => {
  it("round-trips every parameter of the view", () => {
    const state = { ...getEmptyViewState("en"), selected: "sisu", view: "table" as const, embed: true, data: "g.json" };
    const params = encodeViewState(state);
    expect(params.toString()).toBe("data=g.json&lang=en&node=sisu&view=table&embed=1");
    expect(decodeViewState(params)).toEqual(state);
  });

  it("takes the browser's language when the URL names none, falling back to Chinese", () => {
    expect(decodeViewState(new URLSearchParams(""), ["en-GB", "zh-CN"]).lang).toBe("en");
    expect(decodeViewState(new URLSearchParams(""), ["fr-FR"]).lang).toBe("zh");
    expect(decodeViewState(new URLSearchParams("lang=EN"), ["zh-CN"]).lang).toBe("en");
    expect(decodeViewState(new URLSearchParams("lang=xx"), []).lang).toBe("zh");
  });

  it("keeps parameters it does not own", () => {
    const params = encodeViewState(getEmptyViewState("zh"), new URLSearchParams("utm=portal&node=old"));
    expect(params.get("utm")).toBe("portal");
    expect(params.has("node")).toBe(false);
  });

  it("round-trips the filters, the depth and the search text, and ignores bad values", () => {
    const base = getEmptyViewState("zh");
    const state = {
      ...base,
      query: "川外",
      filters: { hiddenTypes: ["event", "policy"], hiddenRegions: ["international"], hiddenRelations: ["located-in"], yearFrom: 2020, yearTo: 2024, depth: 2 as const },
    };
    const params = encodeViewState(state);
    expect(params.getAll("hideType")).toEqual(["event", "policy"]);
    expect(decodeViewState(params)).toEqual(state);
    const bad = decodeViewState(new URLSearchParams("depth=9&from=twenty&to=99999&hideType=&q=" + "x".repeat(500)));
    expect(bad.filters).toEqual(base.filters);
    expect(bad.query.length).toBe(200);
  });
});
