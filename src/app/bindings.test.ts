// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { createStore } from "../state/store";
import { getEmptyViewState, selectNode, type ViewState } from "../state/viewState";
import { bindUrl, readUrlViewState } from "./bindings";

function prefersDark(dark: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({ matches: dark && query === "(prefers-color-scheme: dark)", media: query }));
}

describe("bindUrl", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, "", "/");
  });

  it("reads the system's dark preference when the address names no theme", () => {
    prefersDark(true);
    window.history.replaceState(null, "", "/?lang=en");
    expect(readUrlViewState(window).theme).toBe("dark");
    window.history.replaceState(null, "", "/?lang=en&theme=light");
    expect(readUrlViewState(window).theme).toBe("light");
  });

  it("keeps the system's dark theme when Back returns to an address without theme=", () => {
    prefersDark(true);
    window.history.replaceState(null, "", "/?lang=en");
    const store = createStore<ViewState>(readUrlViewState(window));
    expect(store.get().theme).toBe("dark");
    const unbind = bindUrl(store, window);
    store.update(selectNode("sisu"));
    expect(window.location.search).toContain("node=sisu");
    // the entry Back returns to: the first address, which carries no theme
    window.history.replaceState(null, "", "/?lang=en");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.get()).toEqual({ ...getEmptyViewState("en"), theme: "dark" });
    unbind();
  });
});
