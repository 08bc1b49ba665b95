// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { zoomTransform } from "d3-zoom";
import { screenPoint } from "./camera";
import { createCameraController } from "./cameraController";
import { createRenderer } from "./createRenderer";
import { recordingContext, gridDisplay, gridGraph } from "./layers/testFrame";
import type { RendererEvent } from "./types";

let frames: (() => void)[] = [];
const flushFrames = () => {
  for (let i = 0; i < 10 && frames.length; i++) {
    const due = frames;
    frames = [];
    due.forEach((f) => f());
  }
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal("requestAnimationFrame", (cb: () => void) => frames.push(cb));
  vi.stubGlobal("cancelAnimationFrame", () => {});
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(() => recordingContext().ctx as never);
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({ x: 0, y: 0, left: 0, top: 0, width: 800, height: 600, right: 800, bottom: 600, toJSON: () => ({}) });
});
afterEach(() => vi.unstubAllGlobals());

function mountRenderer() {
  const host = document.createElement("div");
  document.body.appendChild(host);
  const renderer = createRenderer(host, { reducedMotion: true });
  const renders: Extract<RendererEvent, { type: "render" }>[] = [];
  renderer.on("render", (e) => renders.push(e));
  const { graph, positions } = gridGraph(30);
  renderer.setGraph(graph);
  renderer.setPositions(positions, false);
  const display = gridDisplay(30);
  renderer.setDisplay(display);
  flushFrames();
  return { renderer, renders, host, display };
}

describe("the camera", () => {
  it("converts graph to screen and back at every zoom, and is d3-zoom's transform", () => {
    const element = document.createElement("div");
    const camera = createCameraController({
      element, size: () => ({ width: 800, height: 600 }), reducedMotion: true, settleMs: 10,
      allowGesture: () => true, onChange: () => {}, onRest: () => {},
    });
    for (const k of [0.002, 0.3, 1, 4.5, 60]) {
      camera.set({ x: 120, y: -35, k });
      expect(zoomTransform(element)).toMatchObject({ x: 120, y: -35, k });
      for (const [x, y] of [[0, 0], [400, 300], [799, 17]] as const) {
        const g = camera.toGraph(screenPoint(x, y));
        const back = camera.toScreen(g.x, g.y);
        expect(back.x).toBeCloseTo(x, 6);
        expect(back.y).toBeCloseTo(y, 6);
      }
    }
    camera.kill();
  });
});

describe("the renderer", () => {
  it("draws every layer once for the first frame, and nothing while nothing changes", () => {
    const { renderer, renders, host } = mountRenderer();
    expect(renders).toHaveLength(1);
    expect(renders[0]!.layers).toEqual(["background", "edges", "nodes", "labels", "overlay"]);
    expect(renders[0]!.nodes).toBe(30);
    flushFrames();
    expect(renders).toHaveLength(1);
    expect(host.querySelectorAll("canvas")).toHaveLength(3);
    renderer.kill();
    expect(host.querySelectorAll("canvas")).toHaveLength(0);
  });

  it("redraws only the overlay when a node is hovered", () => {
    const { renderer, renders, display } = mountRenderer();
    const entered: number[] = [];
    renderer.on("enterNode", (e) => entered.push(e.index));
    const p = renderer.screenPositionOf(12, true)!;
    renderer.canvas.dispatchEvent(new MouseEvent("pointermove", { clientX: p.x, clientY: p.y, bubbles: true }));
    expect(entered).toEqual([12]);
    const focus = new Uint8Array(30);
    focus[11] = focus[12] = focus[13] = 1;
    renderer.setDisplay({ ...display, hovered: 12, focus });
    flushFrames();
    expect(renders).toHaveLength(2);
    expect(renders[1]!.layers).toEqual(["overlay"]);
    expect(renders[1]!.nodes).toBe(3);
    renderer.setDisplay({ ...display, theme: "dark" });
    flushFrames();
    expect(renders[2]!.layers).toEqual(["background", "edges", "nodes", "labels", "overlay"]);
    renderer.kill();
  });

  it("tells where the view is centred in graph coordinates and its zoom, and goes back to such a view", () => {
    const { renderer } = mountRenderer();
    renderer.showViewCentre({ x: 30, y: 60, zoom: 2 }, false);
    expect(renderer.viewCentre()).toEqual({ x: 30, y: 60, zoom: 2 });
    // node 21 sits at (30, 60): it is drawn in the middle of the 800 × 600 picture
    expect(renderer.screenPositionOf(21, true)).toEqual({ x: 400, y: 300 });
    renderer.zoomBy(1.5);
    expect(renderer.viewCentre().zoom).toBeCloseTo(3, 6);
    expect(renderer.viewCentre().x).toBeCloseTo(30, 6);
    renderer.kill();
  });
});
