import { describe, expect, it, vi } from "vitest";
import { prefersRaster } from "../sceneIndex";
import { LAYER_STACK } from "./stack";
import { labelsLayer } from "./labelsLayer";
import { createLabelPass } from "./labelPass";
import { overlayLayer } from "./overlayLayer";
import { gridFrame, gridGraph, recordingContext } from "./testFrame";
import type { Frame } from "./types";

function drawAll(frame: Frame) {
  const rec = recordingContext();
  const stats = { nodes: 0, edges: 0, labels: 0 };
  for (const layer of LAYER_STACK) {
    const s = layer.draw({ ctx: rec.ctx, pixels: null }, frame);
    stats.nodes += s.nodes ?? 0;
    stats.edges += s.edges ?? 0;
    stats.labels += s.labels ?? 0;
  }
  return { ...rec, stats };
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("the layers", () => {
  it("draw every node and edge in view, and labels that never overlap", () => {
    const { stats, texts } = drawAll(gridFrame(100));
    expect(stats.nodes).toBe(100);
    expect(stats.edges).toBe(99);
    expect(texts.length).toBeGreaterThan(5);
    const boxes = texts.map((t) => {
      const px = Number(/(\d+)px/.exec(t.font)?.[1]);
      return { x: t.x, y: t.y - px * 0.6, w: t.text.length * 0.6 * px, h: px * 1.2 };
    });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    expect(texts[0]?.text).toBe("Institution number 0");
  });

  it("draw faint edges (undated relations on the timeline) apart: fainter and dotted, none left out", () => {
    const faintEdges = new Uint8Array(99);
    faintEdges.fill(1, 0, 40);
    const rec = recordingContext();
    const strokes: { alpha: number; dash: number[] }[] = [];
    let dash: number[] = [];
    Object.assign(rec.ctx, {
      setLineDash: (d: number[]) => void (dash = d),
      stroke: () => void strokes.push({ alpha: rec.ctx.globalAlpha, dash }),
    });
    const edges = LAYER_STACK.find((l) => l.id === "edges")!;
    expect(edges.draw({ ctx: rec.ctx, pixels: null }, gridFrame(100, undefined, { faintEdges })).edges).toBe(99);
    const alphas = [...new Set(strokes.map((s) => s.alpha))].sort();
    expect(alphas).toHaveLength(2);
    expect(strokes.filter((s) => s.alpha === alphas[0]).every((s) => s.dash.length === 2 && s.dash[0]! < s.dash[1]!)).toBe(true);
  });

  it("cull what lies outside the view", () => {
    const { stats } = drawAll(gridFrame(100, { x: -200, y: -200, k: 1 }));
    expect(stats.nodes).toBeLessThan(100);
    expect(stats.nodes).toBeGreaterThan(0);
  });

  it("always name the selected node, on the overlay, and leave hidden nodes out", () => {
    const hidden = new Uint8Array(100);
    hidden[1] = 1;
    const frame = gridFrame(100, { x: 20, y: 20, k: 1 }, { selected: 55, hidden });
    const overlay = recordingContext();
    overlayLayer.draw({ ctx: overlay.ctx, pixels: null }, frame);
    expect(overlay.texts.map((t) => t.text)).toEqual(["Institution number 55"]);
    const { stats, texts } = drawAll(frame);
    expect(stats.nodes).toBe(99);
    expect(texts.some((t) => t.text === "Institution number 1")).toBe(false);
  });

  it("dim everything but the focus with a veil, then draw the focus on top at full strength", () => {
    const focus = new Uint8Array(100);
    focus[10] = focus[11] = focus[9] = 1;
    const rec = recordingContext();
    const stats = overlayLayer.draw({ ctx: rec.ctx, pixels: null }, gridFrame(100, undefined, { hovered: 10, focus }));
    expect(rec.fills[0]).toMatchObject({ style: "#F6F4EF" });
    expect(rec.fills[0]!.alpha).toBeGreaterThan(0.6);
    expect(stats.nodes).toBe(3);
    expect(stats.edges).toBe(2);
    expect(rec.texts.map((t) => t.text)).toContain("Institution number 10");
    expect(rec.texts.every((t) => t.alpha === 1)).toBe(true);
  });

  it("draw an emphasis (a path) over the veil: its nodes, its edges and their labels, nothing else", () => {
    const { graph } = gridGraph(100);
    const nodes = new Uint8Array(100), edges = new Uint8Array(graph.edgeEnds.length / 2);
    const e = 3;
    const a = graph.edgeEnds[e * 2]!, b = graph.edgeEnds[e * 2 + 1]!;
    nodes[a] = nodes[b] = 1;
    edges[e] = 1;
    const rec = recordingContext();
    const stats = overlayLayer.draw({ ctx: rec.ctx, pixels: null }, gridFrame(100, undefined, { emphasis: { nodes, edges } }));
    expect(rec.fills[0]!.alpha).toBeGreaterThan(0.6);
    expect(stats).toMatchObject({ nodes: 2, edges: 1 });
    const texts = rec.texts.map((t) => t.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t === `Institution number ${a}` || t === `Institution number ${b}`)).toBe(true);
  });

  it("place an emphasised label left of its node when the right is taken", () => {
    const frame = gridFrame(30, { x: 100, y: 100, k: 1 });
    const rec = recordingContext();
    const pass = createLabelPass(rec.ctx, frame, () => false);
    const sx = 100 + 5 * 30, sy = 100;
    pass.grid.reserve({ x: sx, y: sy - 20, w: 300, h: 40 });
    expect(pass.offer(5, false)).toBe(false);
    expect(pass.offer(5, false, true)).toBe(true);
    pass.finish();
    expect(rec.texts).toHaveLength(1);
    expect(rec.texts[0]!.x).toBeLessThan(sx - 60);
  });

  it("draw nothing on the overlay without hover, selection or focus", () => {
    const rec = recordingContext();
    overlayLayer.draw({ ctx: rec.ctx, pixels: null }, gridFrame(100));
    expect(rec.calls()).toBe(0);
  });

  it("take labels from the atlas when the frame has one: no text is drawn", () => {
    const rec = recordingContext();
    let made = 0;
    const atlas = {
      dpr: 1, rasterised: 0,
      sprite: (text: string, size: number) => (made++, { page: {} as CanvasImageSource, sx: 0, sy: 0, sw: text.length * size * 0.6 + 6, sh: size * 1.3 + 6, textWidth: text.length * size * 0.6 }),
    };
    const { labels } = labelsLayer.draw({ ctx: rec.ctx, pixels: null }, { ...gridFrame(100), atlas });
    expect(labels).toBeGreaterThan(5);
    expect(made).toBeGreaterThanOrEqual(labels!);
    expect(rec.texts).toEqual([]);
  });

  it("spread the rasterising of new labels over frames, most important first, and end with the same labels", () => {
    let clock = 0;
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    const made = new Map<string, { page: CanvasImageSource; sx: number; sy: number; sw: number; sh: number; textWidth: number }>();
    const atlas = {
      dpr: 1, rasterised: 0,
      sprite(text: string, size: number, _bold: boolean, _c: unknown, create = true) {
        const key = `${size}${text}`;
        if (!made.has(key) && create) {
          clock += 4; // each new label costs 4 ms
          made.set(key, { page: {} as CanvasImageSource, sx: 0, sy: 0, sw: 10, sh: 10, textWidth: text.length * size * 0.6 });
        }
        return made.get(key) ?? null;
      },
    };
    const frame = { ...gridFrame(100), atlas };
    const first = labelsLayer.draw({ ctx: recordingContext().ctx, pixels: null }, frame);
    expect(first.unfinished).toBe(true);
    expect(first.labels).toBeGreaterThan(0);
    let last = first;
    for (let i = 0; i < 50 && last.unfinished; i++) last = labelsLayer.draw({ ctx: recordingContext().ctx, pixels: null }, frame);
    expect(last.unfinished).toBe(false);
    expect(last.labels).toBe(labelsLayer.draw({ ctx: recordingContext().ctx, pixels: null }, { ...frame, atlas: null }).labels);
  });

  it("hand large graphs to the software rasterizer", () => {
    expect(prefersRaster(gridGraph(100).graph)).toBe(false);
    expect(prefersRaster(gridGraph(3000).graph)).toBe(true);
  });
});
