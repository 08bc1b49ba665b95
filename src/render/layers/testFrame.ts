// Test support: a small graph on a grid, the frame that draws it, and a 2D context that
// records what it is asked to draw.
import { visibleGraphRect, type Camera } from "../camera";
import { createSceneIndex } from "../sceneIndex";
import type { RenderDisplay, RenderGraph } from "../types";
import { THEMES } from "../../style/palette";
import type { Frame } from "./types";

export function gridGraph(n: number): { graph: RenderGraph; positions: Float32Array } {
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

export function gridDisplay(n: number, extra: Partial<RenderDisplay> = {}): RenderDisplay {
  return {
    theme: "light", labels: Array.from({ length: n }, (_, i) => `Institution number ${i}`),
    selected: -1, hovered: -1, focus: null, emphasis: null, hidden: null, hiddenEdges: null, ...extra,
  };
}

export function gridFrame(n: number, camera: Camera = { x: 20, y: 20, k: 1 }, extra: Partial<RenderDisplay> = {}): Frame {
  const { graph, positions } = gridGraph(n);
  const display = gridDisplay(n, extra);
  return {
    width: 800, height: 600, dpr: 1, camera, view: visibleGraphRect(camera, 800, 600, 24),
    graph, index: createSceneIndex(graph), positions, display, themeName: display.theme, theme: THEMES[display.theme],
    edgeStride: 1, maxLabels: 200, raster: false, atlas: null, map: null,
  };
}

export interface Recording {
  ctx: CanvasRenderingContext2D;
  texts: { text: string; x: number; y: number; font: string; alpha: number }[];
  fills: { style: string; alpha: number }[];
  shapes(): number;
  calls(): number;
}

/** A 2D context that records texts, fills and shapes; text is 0.6 em per character wide. */
export function recordingContext(): Recording {
  const texts: Recording["texts"] = [];
  const fills: Recording["fills"] = [];
  let shapes = 0, calls = 0;
  const count = () => void calls++;
  const ctx = {
    canvas: { width: 800, height: 600 },
    font: "12px sans-serif", globalAlpha: 1, fillStyle: "#000", strokeStyle: "#000", lineWidth: 1,
    setTransform: count, clearRect: count, beginPath: count, closePath: count, stroke: count, setLineDash: count,
    moveTo: count, lineTo: count, drawImage: count, strokeText: count, save: count, restore: count, clip: count,
    fillRect() { calls++; fills.push({ style: String(ctx.fillStyle), alpha: ctx.globalAlpha }); },
    fill() { calls++; fills.push({ style: String(ctx.fillStyle), alpha: ctx.globalAlpha }); },
    arc() { calls++; shapes++; },
    rect() { calls++; shapes++; },
    measureText(text: string) { return { width: text.length * 0.6 * Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 12) }; },
    fillText(text: string, x: number, y: number) { calls++; texts.push({ text, x, y, font: ctx.font, alpha: ctx.globalAlpha }); },
    createImageData(width: number, height: number) { return { width, height, data: new Uint8ClampedArray(width * height * 4) }; },
    putImageData: count,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, fills, shapes: () => shapes, calls: () => calls };
}
