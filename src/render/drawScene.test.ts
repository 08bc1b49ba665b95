import { describe, expect, it } from "vitest";
import { createSceneIndex, drawScene, prefersRaster } from "./drawScene";
import { labelOrder } from "./labels";
import type { RenderDisplay, RenderGraph } from "./types";

/** A 2D context that records what it is asked to draw. */
function recordingContext() {
  const texts: { text: string; x: number; y: number; font: string }[] = [];
  let shapes = 0;
  const ctx = {
    canvas: { width: 800, height: 600 },
    font: "12px sans-serif",
    setTransform() {}, fillRect() {}, beginPath() {}, closePath() {}, stroke() {}, fill() {}, setLineDash() {},
    moveTo() {}, lineTo() {},
    arc() { shapes++; },
    rect() { shapes++; },
    measureText(text: string) { return { width: text.length * 0.6 * Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 12) }; },
    strokeText() {},
    fillText(text: string, x: number, y: number) { texts.push({ text, x, y, font: ctx.font }); },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, shapes: () => shapes };
}

function grid(n: number): { graph: RenderGraph; positions: Float32Array } {
  const positions = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    positions[i * 2] = (i % 10) * 30;
    positions[i * 2 + 1] = Math.floor(i / 10) * 30;
  }
  return {
    positions,
    graph: {
      nodeCount: n,
      edgeEnds: Uint32Array.from({ length: (n - 1) * 2 }, (_, k) => (k % 2 ? Math.floor(k / 2) + 1 : Math.floor(k / 2))),
      nodeTypes: Array.from({ length: n }, (_, i) => (i % 2 ? "university" : "mystery")),
      edgeTypes: Array.from({ length: n - 1 }, () => "member-of"),
      directed: new Uint8Array(n - 1).fill(1),
      radii: new Float32Array(n).fill(6),
      importance: Float32Array.from({ length: n }, (_, i) => n - i),
    },
  };
}

const display = (n: number, extra: Partial<RenderDisplay> = {}): RenderDisplay => ({
  theme: "light", labels: Array.from({ length: n }, (_, i) => `Institution number ${i}`), selected: -1, hovered: -1, focus: null, hidden: null, hiddenEdges: null, ...extra,
});

function draw(n: number, camera = { x: 20, y: 20, k: 1 }, extra: Partial<RenderDisplay> = {}) {
  const { graph, positions } = grid(n);
  const rec = recordingContext();
  const stats = drawScene({
    ctx: rec.ctx, width: 800, height: 600, dpr: 1, camera, graph, index: createSceneIndex(graph, labelOrder(graph.importance)),
    positions, display: display(n, extra), edgeBudget: Infinity, maxLabels: 200, raster: false,
  });
  return { ...rec, stats };
}

describe("drawing a scene", () => {
  it("draws every node and edge in view, and labels that never overlap", () => {
    const { stats, texts } = draw(100);
    expect(stats.nodes).toBe(100);
    expect(stats.edges).toBe(99);
    expect(texts.length).toBeGreaterThan(5);
    const boxes = texts.map((t) => {
      const px = Number(/(\d+)px/.exec(t.font)?.[1]);
      return { x: t.x, y: t.y - px * 0.6, w: t.text.length * 0.6 * px, h: px * 1.2 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
      }
    expect(texts[0]?.text).toBe("Institution number 0");
  });

  it("culls what lies outside the view", () => {
    const { stats } = draw(100, { x: -200, y: -200, k: 1 });
    expect(stats.nodes).toBeLessThan(100);
    expect(stats.nodes).toBeGreaterThan(0);
  });

  it("always names the selected node, and leaves hidden nodes out", () => {
    const hidden = new Uint8Array(100);
    hidden[1] = 1;
    const { stats, texts } = draw(100, { x: 20, y: 20, k: 1 }, { selected: 55, hidden });
    expect(texts[0]?.text).toBe("Institution number 55");
    expect(stats.nodes).toBe(99);
    expect(texts.some((t) => t.text === "Institution number 1")).toBe(false);
  });

  it("hands large graphs to the software rasterizer", () => {
    expect(prefersRaster(grid(100).graph)).toBe(false);
    expect(prefersRaster(grid(3000).graph)).toBe(true);
  });
});
