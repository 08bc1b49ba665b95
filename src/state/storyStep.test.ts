import { describe, expect, it, vi } from "vitest";
import type { StoryStep } from "../model/schema";
import { createStore } from "./store";
import { applyStepToView, filtersOfStep, stepFiltersOf } from "./storyStep";
import { getEmptyViewState, type Filters } from "./viewState";

describe("story steps and the view state", () => {
  it("write the view's filters under the URL's names and read them back", () => {
    const filters: Filters = { hiddenTypes: ["event"], hiddenRegions: ["international"], hiddenRelations: ["located-in"], yearFrom: 2020, yearTo: 2024, depth: 2 };
    const written = stepFiltersOf(filters);
    expect(written).toEqual({ hideType: ["event"], hideRegion: ["international"], hideRelation: ["located-in"], from: 2020, to: 2024, depth: 2 });
    expect(filtersOfStep(written)).toEqual(filters);
    expect(stepFiltersOf(getEmptyViewState().filters)).toBeUndefined();
    expect(filtersOfStep(undefined)).toEqual(getEmptyViewState().filters);
  });

  it("show a step: its selection, filters and arrangement replace the view's, then its camera moves", () => {
    const store = createStore({ ...getEmptyViewState("en"), selected: "x", filters: { ...getEmptyViewState().filters, hiddenTypes: ["company"] } });
    const picture = { show: vi.fn(), frameNodes: vi.fn() };
    const pending: (() => void)[] = [];
    const step: StoryStep = { caption: "c", select: "sisu", filters: { hideRegion: ["international"] }, layout: "two-cities", camera: { x: 1, y: 2, zoom: 3 } };
    applyStepToView(store, step, picture, { later: (run) => pending.push(run) });
    expect(store.get().selected).toBe("sisu");
    expect(store.get().filters.hiddenTypes).toEqual([]);
    expect(store.get().filters.hiddenRegions).toEqual(["international"]);
    expect(store.get().arrangement).toBe("two-cities");
    expect(store.get().lang).toBe("en");
    // the camera waits until the picture has answered the new state
    expect(picture.show).not.toHaveBeenCalled();
    pending.forEach((run) => run());
    expect(picture.show).toHaveBeenCalledWith({ x: 1, y: 2, zoom: 3 }, true);
  });

  it("frame a step's nodes when it has no camera, and clear the selection when it names none", () => {
    const store = createStore({ ...getEmptyViewState(), selected: "x", arrangement: "two-cities" as const });
    const picture = { show: vi.fn(), frameNodes: vi.fn() };
    applyStepToView(store, { caption: "c", nodes: ["a", "b"] }, picture, { animate: false, later: (run) => run() });
    expect(store.get().selected).toBeNull();
    expect(store.get().arrangement).toBe("free");
    expect(picture.frameNodes).toHaveBeenCalledWith(["a", "b"], false);
    expect(picture.show).not.toHaveBeenCalled();
  });
});
