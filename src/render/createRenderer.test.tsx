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

function mountRenderer(reducedMotion = true, nodes = 30) {
  const host = document.createElement("div");
  document.body.appendChild(host);
  const renderer = createRenderer(host, { reducedMotion });
  const renders: Extract<RendererEvent, { type: "render" }>[] = [];
  renderer.on("render", (e) => renders.push(e));
  const { graph, positions } = gridGraph(nodes);
  renderer.setGraph(graph);
  renderer.setPositions(positions, false);
  const display = gridDisplay(nodes);
  renderer.setDisplay(display);
  flushFrames();
  return { renderer, renders, host, display, graph };
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
    renderer.show({ x: 30, y: 60, zoom: 2 }, false);
    expect(renderer.viewCentre()).toEqual({ x: 30, y: 60, zoom: 2 });
    // node 21 sits at (30, 60): it is drawn in the middle of the 800 × 600 picture
    expect(renderer.screenPositionOf(21, true)).toEqual({ x: 400, y: 300 });
    renderer.zoomBy(1.5);
    expect(renderer.viewCentre().zoom).toBeCloseTo(3, 6);
    expect(renderer.viewCentre().x).toBeCloseTo(30, 6);
    renderer.kill();
  });
  it("frames a set of nodes, or a centre and zoom, and keeps the target framed when the insets change", () => {
    const { renderer } = mountRenderer();
    const inView = (i: number) => {
      const p = renderer.screenPositionOf(i, true)!;
      return p.x >= 0 && p.x <= 800 && p.y >= 0 && p.y <= 600;
    };
    renderer.show({ nodes: [0, 1, 10, 11] });
    // four nodes 30 units apart fill the view: far from each other on screen, the others mostly out of it
    const a = renderer.screenPositionOf(0, true)!, b = renderer.screenPositionOf(11, true)!;
    expect(b.x - a.x).toBeGreaterThan(60);
    expect([0, 1, 10, 11].every(inView)).toBe(true);
    expect(inView(29)).toBe(false);
    renderer.show({ x: 270, y: 60, zoom: 2 });
    expect(renderer.screenPositionOf(29, true)).toEqual({ x: 400, y: 300 });
    renderer.setInsets({ left: 200 });
    expect(renderer.screenPositionOf(29, true)).toEqual({ x: 400, y: 300 });
    renderer.show({ nodes: [0, 1, 10, 11] });
    renderer.setInsets({ left: 300 });
    expect(renderer.screenPositionOf(0, true)!.x).toBeGreaterThan(300);
    // no nodes: the whole graph
    renderer.show({ nodes: [] });
    expect(Array.from({ length: 30 }, (_, i) => i).every(inView)).toBe(true);
    renderer.kill();
  });

  it("recolours the nodes of a large graph without drawing its edges again; new sizes redraw everything", () => {
    const { renderer, renders, graph } = mountRenderer(true, 2000);
    const palette = [{ light: "#ff0000", dark: "#ff8888" }];
    renders.length = 0;
    renderer.restyle({ ...graph, paint: { of: new Int32Array(2000), palette } });
    flushFrames();
    expect(renders.map((r) => r.layers)).toEqual([["nodes", "overlay"]]);
    expect(renders[0]!.nodes).toBeGreaterThan(0);
    renders.length = 0;
    renderer.restyle({ ...graph, radii: new Float32Array(2000).fill(9) });
    flushFrames();
    expect(renders.map((r) => r.layers)).toEqual([["background", "edges", "nodes", "labels", "overlay"]]);
    renderer.kill();
  });

  it("cross-fades a new emphasis over several frames, and at once under reduced motion", () => {
    let now = 1000;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const emphasis = { nodes: new Uint8Array(30), edges: new Uint8Array(29) };
    emphasis.nodes[3] = emphasis.nodes[4] = 1;
    for (const reduced of [false, true]) {
      const { renderer, renders, display } = mountRenderer(reduced);
      renderer.setDisplay({ ...display, emphasis });
      for (let f = 0; f < 30 && frames.length; f++) {
        const due = frames;
        frames = [];
        due.forEach((cb) => cb());
        now += 50;
      }
      const overlayFrames = renders.slice(1).filter((r) => r.layers.includes("overlay")).length;
      if (reduced) expect(overlayFrames).toBe(1);
      else expect(overlayFrames).toBeGreaterThanOrEqual(5);
      // and then it rests
      expect(frames).toHaveLength(0);
      renderer.kill();
    }
  });
});
