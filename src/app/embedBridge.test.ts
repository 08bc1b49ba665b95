// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { OutgoingMessage } from "../embed/protocol";
import { createStore } from "../state/store";
import { getEmptyViewState, type ViewState } from "../state/viewState";
import { readUrlViewState } from "./bindings";
import { bindEmbedBridge, type EmbedChannel } from "./embedBridge";

const NODES = new Set(["sisu", "cqu"]);

function setup(search = "?lang=zh&embed=1") {
  window.history.replaceState(null, "", `/${search}`);
  const store = createStore<ViewState>(readUrlViewState(window));
  const posted: OutgoingMessage[] = [];
  const channel: EmbedChannel = { post: (m) => posted.push(m), accepts: (e) => e.origin === "https://portal.example" };
  const unbind = bindEmbedBridge(store, channel, (id) => NODES.has(id), window);
  const send = (data: unknown, origin = "https://portal.example") => window.dispatchEvent(new MessageEvent("message", { data, origin }));
  return { store, posted, send, unbind };
}

describe("the embed bridge", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, "", "/");
  });

  it("applies coopnet:set to the language, layout, filters and selection", () => {
    const { store, send, posted, unbind } = setup();
    send({ type: "coopnet:set", lang: "en", layout: "two-cities", node: "sisu", filters: { hideType: ["event", "company"], from: 2021, depth: 2 } });
    const s = store.get();
    expect(s.lang).toBe("en");
    expect(s.arrangement).toBe("two-cities");
    expect(s.selected).toBe("sisu");
    expect(s.filters).toEqual({ ...getEmptyViewState().filters, hiddenTypes: ["event", "company"], yearFrom: 2021, depth: 2 });
    expect(posted).toContainEqual({ type: "coopnet:select", id: "sisu" });
    // filters not named stay; an empty list shows all again
    send({ type: "coopnet:set", filters: { hideType: [] } });
    expect(store.get().filters).toEqual({ ...getEmptyViewState().filters, yearFrom: 2021, depth: 2 });
    unbind();
  });

  it("ignores a node the graph does not have, bad messages, and messages the channel refuses", () => {
    const { store, send, unbind } = setup();
    const before = store.get();
    send({ type: "coopnet:set", node: "nobody" });
    send({ type: "coopnet:select", id: "nobody" });
    send({ type: "coopnet:set", lang: "fr" });
    send({ type: "coopnet:set", lang: "en" }, "https://evil.example");
    send({ type: "coopnet:select", id: "cqu" }, "https://evil.example");
    expect(store.get()).toBe(before);
    send({ type: "coopnet:select", id: "cqu" });
    expect(store.get().selected).toBe("cqu");
    unbind();
  });

  it("answers coopnet:get with the view state and every view parameter, story ones included", () => {
    const { send, posted, unbind } = setup("?lang=en&embed=1&node=cqu&hideRegion=international&story=alliances&step=2");
    send({ type: "coopnet:get" });
    const answer = posted.at(-1);
    expect(answer).toMatchObject({ type: "coopnet:state", lang: "en", node: "cqu", layout: "free", view: "graph" });
    expect(answer && "filters" in answer && answer.filters.hideRegion).toEqual(["international"]);
    const params = new URLSearchParams(answer && "params" in answer ? answer.params : "");
    expect(params.get("story")).toBe("alliances");
    expect(params.get("step")).toBe("2");
    unbind();
  });
});
