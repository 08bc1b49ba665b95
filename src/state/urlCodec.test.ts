import { describe, expect, it } from "vitest";
import { decodeViewState, encodeViewState } from "./urlCodec";
import { getEmptyViewState, type ViewState } from "./viewState";

describe("urlCodec", () => {
  it("round-trips every parameter of the view", () => {
    const empty = getEmptyViewState("zh");
    const state: ViewState = {
      lang: "en",
      selected: "sisu",
      view: "table",
      embed: true,
      data: "g.json",
      theme: "dark",
      arrangement: "two-cities",
      filters: { hiddenTypes: ["event"], hiddenRegions: ["international"], hiddenRelations: ["located-in"], yearFrom: 2020, yearTo: 2024, depth: 2 },
      query: "川外",
      year: 2024,
      story: "sisu-story",
      step: 3,
      present: true,
      autoplay: 8,
      size: "betweenness",
      color: "community",
      resolution: 1.5,
      path: { from: "rongchang", to: "guangan-it" },
      pathOptions: { all: true, skip: ["located-in", "part-of"] },
      pane: "path",
      community: 2,
      reading: { source: "sisu", quote: "四川外国语大学" },
    };
    // every field of the view differs from the default, so a field the codec forgets fails here
    for (const key of Object.keys(empty) as (keyof ViewState)[]) expect(state[key], key).not.toEqual(empty[key]);
    const params = encodeViewState(state);
    expect([...new Set(params.keys())]).toEqual([
      "data", "lang", "node", "view", "embed", "theme", "layout", "hideType", "hideRegion", "hideRelation", "from", "to", "depth", "q", "year", "story", "step", "present", "autoplay",
      "size", "color", "resolution", "path", "pathAll", "pathSkip", "analysis", "community", "read", "quote",
    ]);
    expect(params.get("theme")).toBe("dark");
    expect(params.get("layout")).toBe("two-cities");
    expect(decodeViewState(params)).toEqual(state);
    expect(decodeViewState(params, [], true)).toEqual(state);
  });

  it("round-trips either theme under either system colour preference", () => {
    for (const prefersDark of [false, true]) {
      for (const theme of ["light", "dark"] as const) {
        for (const arrangement of ["free", "two-cities", "map"] as const) {
          const state = { ...getEmptyViewState("zh"), theme, arrangement };
          const params = encodeViewState(state, new URLSearchParams(), prefersDark);
          expect(decodeViewState(params, [], prefersDark), `${theme} ${arrangement} prefersDark=${prefersDark}`).toEqual(state);
        }
      }
    }
    // a theme other than the system's is written; the system's own only where the address already names one
    expect(encodeViewState(getEmptyViewState("zh"), new URLSearchParams(), true).has("theme")).toBe(true);
    expect(encodeViewState({ ...getEmptyViewState("zh"), theme: "dark" }, new URLSearchParams(), true).has("theme")).toBe(false);
    expect(encodeViewState({ ...getEmptyViewState("zh"), theme: "dark" }, new URLSearchParams("theme=light"), true).get("theme")).toBe("dark");
  });

  it("takes the browser's language when the URL names none, falling back to Chinese", () => {
    expect(decodeViewState(new URLSearchParams(""), ["en-GB", "zh-CN"]).lang).toBe("en");
    expect(decodeViewState(new URLSearchParams(""), ["fr-FR"]).lang).toBe("zh");
    expect(decodeViewState(new URLSearchParams("lang=EN"), ["zh-CN"]).lang).toBe("en");
    expect(decodeViewState(new URLSearchParams("lang=xx"), []).lang).toBe("zh");
  });

  it("reads layout=map and layout=two-cities, and takes anything else for the free arrangement", () => {
    expect(decodeViewState(new URLSearchParams("layout=map")).arrangement).toBe("map");
    expect(decodeViewState(new URLSearchParams("layout=two-cities")).arrangement).toBe("two-cities");
    expect(decodeViewState(new URLSearchParams("layout=globe")).arrangement).toBe("free");
    expect(encodeViewState({ ...getEmptyViewState("zh"), arrangement: "map" }).get("layout")).toBe("map");
    expect(encodeViewState(getEmptyViewState("zh"), new URLSearchParams("layout=map")).has("layout")).toBe(false);
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
    const bad = decodeViewState(new URLSearchParams("depth=9&from=twenty&to=99999&hideType=&year=24&q=" + "x".repeat(500)));
    expect(bad.filters).toEqual(base.filters);
    expect(bad.year).toBeNull();
    expect(bad.query.length).toBe(200);
  });

  it("reads a story, its step, presentation mode and autoplay, and ignores bad values", () => {
    const s = decodeViewState(new URLSearchParams("story=overview&step=4&present=1&autoplay=1"));
    expect([s.story, s.step, s.present, s.autoplay]).toEqual(["overview", 4, true, 1]);
    const bad = decodeViewState(new URLSearchParams("story=&step=-2&present=yes&autoplay=soon"));
    expect([bad.story, bad.step, bad.present, bad.autoplay]).toEqual([null, 1, false, null]);
    expect(decodeViewState(new URLSearchParams("step=0")).step).toBe(1);
    // without a story the step is not written
    expect(encodeViewState({ ...getEmptyViewState("zh"), step: 5 }).has("step")).toBe(false);
  });
});
