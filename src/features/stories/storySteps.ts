// A story step as the player shows it: the nodes and edges it emphasises and what the camera
// frames (the view-state change is state/storyStep.ts's stepToViewState). Pure: the player
// applies what these return.
import { pickText, type Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import type { Story, StoryStep } from "../../model/schema";

/** What the camera shows for a step: these node indices framed, or a centre and zoom in graph space. */
export type StepCamera = { nodes: readonly number[] } | { x: number; y: number; zoom: number };

export interface StepEmphasis {
  nodes: Uint8Array;
  edges: Uint8Array;
}

/** A caption or title in the chosen language; a plain string serves both. */
export function storyText(text: StoryStep["caption"] | undefined, lang: Lang): string {
  if (text === undefined) return "";
  return typeof text === "string" ? text : pickText(text, lang);
}

export function findStory(stories: readonly Story[], id: string | null): Story | null {
  if (!id) return null;
  return stories.find((s) => s.id === id) ?? null;
}

/** The step number clamped to the story's steps (1-based). */
export function clampStep(story: Story, step: number): number {
  return Math.min(story.steps.length, Math.max(1, Math.floor(step) || 1));
}

/** The step's nodes, and its edges (by default the edges among its nodes), as masks over the model. */
export function stepEmphasis(step: StoryStep, model: GraphModel): StepEmphasis | null {
  const ids = step.nodes ?? [];
  if (!ids.length && !step.edges?.length) return null;
  const nodes = new Uint8Array(model.nodes.length);
  for (const id of ids) {
    const i = model.indexOf.get(id);
    if (i !== undefined) nodes[i] = 1;
  }
  const edges = new Uint8Array(model.edges.length);
  if (step.edges?.length) {
    const wanted = new Set(step.edges);
    model.edges.forEach((e, k) => {
      if (e.id === undefined || !wanted.has(e.id)) return;
      edges[k] = 1;
      nodes[model.edgeEnds[k * 2]!] = nodes[model.edgeEnds[k * 2 + 1]!] = 1;
    });
  } else {
    for (let k = 0; k < edges.length; k++) if (nodes[model.edgeEnds[k * 2]!] && nodes[model.edgeEnds[k * 2 + 1]!]) edges[k] = 1;
  }
  return { nodes, edges };
}

/** The step's camera, else its emphasised nodes framed; no nodes (an empty list) frames the whole shown graph. */
export function stepCamera(step: StoryStep, emphasis: StepEmphasis | null): StepCamera {
  if (step.camera) return { ...step.camera };
  const nodes: number[] = [];
  emphasis?.nodes.forEach((on, i) => on && nodes.push(i));
  return { nodes };
}

/** The ids of the nodes a step shows: its own and the ends of its edges. */
export function stepNodeIds(step: StoryStep, model: GraphModel): string[] {
  const emphasis = stepEmphasis(step, model);
  return emphasis ? model.nodes.filter((_, i) => emphasis.nodes[i]).map((n) => n.id) : [];
}
