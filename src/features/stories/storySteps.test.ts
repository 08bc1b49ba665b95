import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGraphModel } from "../../model/graphModel";
import type { GraphFile, StoryStep } from "../../model/schema";
import { getEmptyViewState } from "../../state/viewState";
import { stepToViewState } from "../../state/storyStep";
import { clampStep, stepCamera, stepEmphasis, stepNodeIds, storyText } from "./storySteps";

const tiny: GraphFile = {
  nodes: ["a", "b", "c", "d"].map((id) => ({ id, type: "university", name: { zh: id } })),
  edges: [
    { id: "ab", source: "a", target: "b", type: "partner-of" },
    { id: "bc", source: "b", target: "c", type: "partner-of" },
    { id: "cd", source: "c", target: "d", type: "partner-of" },
  ],
};
const model = createGraphModel(tiny);

describe("a story step", () => {
  it("becomes a view: its selection, filters and arrangement, with what it leaves out reset", () => {
    const before = { ...getEmptyViewState("en"), selected: "d", arrangement: "two-cities" as const, query: "kept", view: "table" as const };
    before.filters = { ...before.filters, hiddenTypes: ["event"], depth: 3 };
    const step: StoryStep = { caption: "x", select: "b", filters: { hideRelation: ["located-in"], from: 2020, depth: 1 } };
    const after = stepToViewState(step, before);
    expect(after.selected).toBe("b");
    expect(after.filters).toEqual({ hiddenTypes: [], hiddenRegions: [], hiddenRelations: ["located-in"], yearFrom: 2020, yearTo: null, depth: 1 });
    expect(after.arrangement).toBe("free");
    expect(after.view).toBe("graph");
    expect(after.query).toBe("kept");
    expect(stepToViewState({ caption: "y", layout: "two-cities" }, before).selected).toBeNull();
    expect(stepToViewState({ caption: "y", layout: "two-cities" }, before).arrangement).toBe("two-cities");
    expect(stepToViewState({ caption: "y", layout: "map", year: 2023 }, before)).toMatchObject({ arrangement: "map", year: 2023 });
    expect(stepToViewState(step, { ...before, year: 2020 }).year).toBeNull();
  });

  it("emphasises its nodes and, by default, the edges among them; or its edges and their ends", () => {
    const byNodes = stepEmphasis({ caption: "x", nodes: ["a", "b", "c", "nowhere"] }, model)!;
    expect([...byNodes.nodes]).toEqual([1, 1, 1, 0]);
    expect([...byNodes.edges]).toEqual([1, 1, 0]);
    const byEdges = stepEmphasis({ caption: "x", edges: ["cd"] }, model)!;
    expect([...byEdges.nodes]).toEqual([0, 0, 1, 1]);
    expect([...byEdges.edges]).toEqual([0, 0, 1]);
    expect(stepEmphasis({ caption: "x" }, model)).toBeNull();
  });

  it("frames its nodes unless it names a camera, and the whole graph when it has neither", () => {
    const emphasis = stepEmphasis({ caption: "x", nodes: ["b", "d"] }, model);
    expect(stepCamera({ caption: "x" }, emphasis)).toEqual({ nodes: [1, 3] });
    expect(stepCamera({ caption: "x", camera: { x: 5, y: 6, zoom: 2 } }, emphasis)).toEqual({ x: 5, y: 6, zoom: 2 });
    expect(stepCamera({ caption: "x" }, null)).toEqual({ nodes: [] });
  });

  it("reads a caption in either language, a plain string serving both, and keeps step numbers within the story", () => {
    expect(storyText({ zh: "中", en: "en" }, "en")).toBe("en");
    expect(storyText({ zh: "中" }, "en")).toBe("中");
    expect(storyText("both", "zh")).toBe("both");
    const story = { id: "s", title: "t", steps: [{ caption: "1" }, { caption: "2" }] };
    expect([clampStep(story, 0), clampStep(story, 2), clampStep(story, 9)]).toEqual([1, 2, 2]);
  });
});

describe("the stories of the embedded dataset", () => {
  const file = JSON.parse(readFileSync(new URL("../../../data/chengyu-education.json", import.meta.url), "utf8")) as GraphFile;
  const data = createGraphModel(file);
  const sources = new Set((file.meta?.sources ?? []).map((s) => s.id));
  const stories = file.stories ?? [];

  it("are one per source article, plus the overview, with captions in both languages", () => {
    expect(stories.map((s) => s.id).sort()).toEqual([...sources, "overview"].sort());
    for (const story of stories)
      for (const step of story.steps) {
        expect(typeof step.caption === "object" && step.caption.zh && step.caption.en, `${story.id}: ${JSON.stringify(step.caption)}`).toBeTruthy();
      }
  });

  it("focus in each step only nodes that their article evidences", () => {
    for (const story of stories.filter((s) => sources.has(s.id)))
      story.steps.forEach((step, i) => {
        const ids = [...stepNodeIds(step, data), ...(step.select ? [step.select] : [])];
        expect(ids.length, `${story.id} step ${i + 1} focuses nodes`).toBeGreaterThan(0);
        for (const id of ids) {
          const node = data.nodes[data.indexOf.get(id)!];
          expect(node?.evidence?.some((e) => e.source === story.id), `${story.id} step ${i + 1}: ${id}`).toBe(true);
        }
      });
  });

  it("name only nodes the dataset has", () => {
    for (const story of stories)
      for (const step of story.steps) for (const id of [...(step.nodes ?? []), ...(step.select ? [step.select] : [])]) expect(data.indexOf.has(id), id).toBe(true);
  });
});
