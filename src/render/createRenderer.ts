// The one imperative renderer, composed of small parts: stacked surfaces, a camera owned by
// d3-zoom, input apart from drawing, a frame scheduler that draws only the layers whose
// inputs changed, and the layer stack (background, edges, nodes, labels, overlay) that the
// screen and the exports share. kill() undoes every bind in order.
import { createEmitter, type Emitter } from "../lib/emitter";
import { screenPoint, type Padding, type ScreenPoint, type ViewCentre } from "./camera";
import { createCameraController, type CameraController } from "./cameraController";
import type { ExportImageOptions } from "./exportImage";
import { createFrameScheduler } from "./frameScheduler";
import { createFraming, type CameraTarget, type Framing } from "./framing";
import { createNodePicker } from "./hitTest";
import { bindInput } from "./input";
import type { EmphasisFade, LayerId } from "./layers/types";
import { createPainter, type PaintInput } from "./painter";
import { createSceneIndex, nodeScreenRadius, prefersRaster, type SceneIndex } from "./sceneIndex";
import { ALL_LAYERS, displayChanges } from "./sceneState";
import { createSurfaces } from "./surfaces";
import type { Emphasis, MapScene, RenderDisplay, RenderGraph, RendererEvent } from "./types";


export interface RendererSettings {
  /** from this many edges on, a moving graph is sampled and camera moves shift a cached picture */
  cacheFromEdges: number;
  /** ms of camera rest before a sharp redraw */
  settleMs: number;
  maxLabels: number;
  /** frame budget for the edges while things move, in ms */
  motionBudgetMs: number;
  reducedMotion: boolean;
  ariaLabel: string;
}

const DEFAULT_RENDERER_SETTINGS: RendererSettings = {
  cacheFromEdges: 6000,
  settleMs: 140,
  maxLabels: 220,
  motionBudgetMs: 14,
  reducedMotion: false,
  ariaLabel: "Network",
};

export interface Renderer {
  setGraph(graph: RenderGraph): void;
  /** the same graph with other radii or node colours: positions and camera stay */
  restyle(graph: RenderGraph): void;
  /** new positions; `moving` while the layout runs */
  setPositions(positions: Float32Array, moving: boolean): void;
  setDisplay(display: RenderDisplay): void;
  /** the map arrangement's base map and cross-border links, or null to draw without them */
  setMap(map: MapScene | null): void;
  fit(animate?: boolean, indices?: readonly number[]): void;
  zoomBy(factor: number): void;
  centreOn(index: number, animate?: boolean): void;
  /** the view's centre in graph coordinates and its zoom */
  viewCentre(): ViewCentre;
  /** frames a set of nodes, or goes to a centre and zoom, and keeps it framed on resize (a story step) */
  show(target: CameraTarget, animate?: boolean): void;
  /** room taken by overlays over the picture (legend, controls), kept free when fitting */
  setInsets(insets: Partial<Padding>): void;
  /** a node's screen position: its top edge, or with centre=true its centre */
  screenPositionOf(index: number, centre?: boolean): { x: number; y: number } | null;
  /** the positions the renderer draws (with any dragged node where the pointer put it) */
  positions(): Float32Array | null;
  /** the view as it is, as a PNG (at scale × the screen's size) or an SVG, with a title and a source line */
  exportImage(options: ExportImageOptions): Promise<Blob>;
  canvas: HTMLCanvasElement;
  on: ReturnType<typeof createEmitter<RendererEvent>>["on"];
  kill(): void;
}

interface Scene {
  graph: RenderGraph;
  index: SceneIndex;
  raster: boolean;
  positions: Float32Array | null;
  display: RenderDisplay | null;
}

export function createRenderer(container: HTMLElement, partial: Partial<RendererSettings> = {}): Renderer {
  const settings = { ...DEFAULT_RENDERER_SETTINGS, ...partial };
  const emitter = createEmitter<RendererEvent>();
  const surfaces = createSurfaces(container, settings.ariaLabel);
  const painter = createPainter(surfaces, settings);
  let scene: Scene | null = null;
  let size = { width: 0, height: 0, dpr: 1 };
  let layoutMoving = false;
  let map: MapScene | null = null;
  let graphChanged = true; // more than the camera changed since the graph surface was drawn sharp
  const fade = createEmphasisFade(settings.reducedMotion);

  const paintInput = (): PaintInput | null => {
    if (!scene?.positions || !scene.display || size.width === 0 || size.height === 0) return null;
    const { graph, index, raster, positions, display } = scene;
    const inMotion = layoutMoving || camera.moving() || input.dragging() >= 0;
    return { ...size, camera: camera.get(), graph, index, raster, positions, display, inMotion, cameraOnly: !graphChanged, map, emphasisFade: fade.now() };
  };
  const scheduler = createFrameScheduler<LayerId>((dirty) => {
    const now = paintInput();
    if (!now) return false;
    const t0 = performance.now();
    const stats = painter.paint(now, dirty);
    if (stats.layers.includes("nodes")) graphChanged = false;
    const { unfinished, ...figures } = stats;
    emitter.emit({ type: "render", ms: performance.now() - t0, ...figures });
    if (unfinished.length) scheduler.invalidate(...unfinished);
    if (fade.running()) scheduler.invalidate("overlay");
    return true;
  });
  const changed = (layers: readonly LayerId[], graphToo = true) => {
    if (graphToo) graphChanged = true;
    scheduler.invalidate(...layers);
  };

  const { camera, picker, framing, input } = bindInteraction(surfaces.input, settings, emitter, {
    scene: () => scene,
    size: () => size,
    layoutMoving: () => layoutMoving,
    changed,
  });

  const unwatchSize = watchSize(container, (next) => {
    size = next;
    surfaces.resize(size.width, size.height, size.dpr);
    painter.forget();
    framing.refit();
    changed(ALL_LAYERS);
  });
  /** a new graph, or the same nodes restyled (sizes, colours): the positions stay when they fit */
  const putGraph = (graph: RenderGraph, positions: Float32Array | null) => {
    scene = { graph, index: createSceneIndex(graph), raster: prefersRaster(graph), positions, display: scene?.display ?? null };
    picker.invalidate(true);
    painter.forget();
    changed(ALL_LAYERS);
  };

  return {
    canvas: surfaces.input,
    setGraph(graph) {
      framing.takenByUser(false);
      putGraph(graph, null);
    },
    restyle(graph) {
      if (scene?.graph.nodeCount !== graph.nodeCount) return;
      if (graph.radii !== scene.graph.radii) return putGraph(graph, scene.positions);
      // new colours alone: the edges, the labels and the hit areas stay as they are
      scene = { ...scene, graph, index: createSceneIndex(graph) };
      changed(["nodes", "overlay"]);
    },
    setPositions(next, moving) {
      if (!scene) return;
      const first = scene.positions === null;
      scene.positions = keepDragged(scene.positions, next, input.dragging());
      layoutMoving = moving;
      picker.invalidate();
      if (first) framing.fit(false);
      else if (!camera.moving()) framing.refit();
      changed(ALL_LAYERS);
    },
    setDisplay(next) {
      if (!scene) return;
      const layers = displayChanges(scene.display, next);
      if (scene.display?.hidden !== next.hidden) picker.invalidate();
      if (scene.display && scene.display.emphasis !== next.emphasis) fade.start(scene.display.emphasis);
      scene.display = next;
      changed(layers, layers.includes("nodes"));
    },
    setMap(next) {
      if (next === map) return;
      map = next;
      painter.forget();
      changed(ALL_LAYERS);
    },
    ...cameraMoves(framing, camera),
    screenPositionOf: (i, centre = false) => screenPositionIn(scene, camera, i, centre),
    positions: () => scene?.positions ?? null,
    exportImage(options) {
      const now = paintInput();
      if (!now) return Promise.reject(new Error("nothing to export yet"));
      const frame = painter.frameFor({ ...now, inMotion: false, emphasisFade: null });
      return import("./exportImage").then((m) => m.exportImage(frame, options));
    },
    on: emitter.on,
    kill() {
      scheduler.kill();
      unwatchSize();
      input.kill();
      camera.kill();
      emitter.clear();
      surfaces.remove();
    },
  };
}

/** What the view asks of the camera: framing, zooming, centring, and where it looks. */
function cameraMoves(framing: Framing, camera: CameraController): Pick<Renderer, "fit" | "zoomBy" | "setInsets" | "centreOn" | "viewCentre" | "show"> {
  return {
    fit: (animate = true, indices) => framing.fit(animate, indices),
    zoomBy: (factor) => camera.zoomBy(factor),
    setInsets: framing.setInsets,
    centreOn: (i, animate = true) => framing.centreOn(i, animate),
    viewCentre: framing.viewCentre,
    show: (target, animate = true) => framing.show(target, animate),
  };
}

/** Follows the container's size and the screen's pixel ratio; calls back at once and on each change. */
function watchSize(container: HTMLElement, onChange: (size: { width: number; height: number; dpr: number }) => void): () => void {
  let last = { width: 0, height: 0, dpr: 1 };
  const measure = () => {
    const box = container.getBoundingClientRect();
    const next = { width: Math.max(0, Math.round(box.width)), height: Math.max(0, Math.round(box.height)), dpr: Math.min(window.devicePixelRatio || 1, 3) };
    if (next.width === last.width && next.height === last.height && next.dpr === last.dpr) return;
    onChange((last = next));
  };
  const observer = typeof ResizeObserver !== "undefined" ? new ResizeObserver(measure) : null;
  observer?.observe(container);
  measure();
  return () => observer?.disconnect();
}

/** ms a change of emphasis takes to cross-fade */
const EMPHASIS_FADE_MS = 300;

/** The previous emphasis fading out while the new one fades in; instant under reduced motion. */
function createEmphasisFade(reducedMotion: boolean) {
  let from: Emphasis | null = null;
  let started = -Infinity;
  const t = () => Math.min(1, (performance.now() - started) / EMPHASIS_FADE_MS);
  return {
    start(previous: Emphasis | null) {
      if (reducedMotion) return;
      from = previous;
      started = performance.now();
    },
    running: () => t() < 1,
    now: (): EmphasisFade | null => (t() < 1 ? { from, t: t() } : null),
  };
}

interface SceneAccess {
  scene(): Scene | null;
  size(): { width: number; height: number };
  layoutMoving(): boolean;
  changed(layers: readonly LayerId[], graphToo?: boolean): void;
}

/** The camera, hit-testing, framing and input, bound to the input surface. */
function bindInteraction(element: HTMLCanvasElement, settings: RendererSettings, emitter: Emitter<RendererEvent>, access: SceneAccess) {
  const camera = createCameraController({
    element: element,
    size: access.size,
    reducedMotion: settings.reducedMotion,
    settleMs: settings.settleMs,
    allowGesture: (e) => !(e.type === "mousedown" && picker.nodeAt(localPoint(element, e as MouseEvent)) >= 0),
    onChange(cam, byUser) {
      if (byUser) framing.takenByUser(true);
      access.changed(ALL_LAYERS, false);
      emitter.emit({ type: "cameraChange", camera: cam, byUser });
    },
    onRest: () => access.changed(ALL_LAYERS),
  });
  const picker = createNodePicker({
    camera,
    positions: () => access.scene()?.positions ?? null,
    radii: () => access.scene()?.graph.radii ?? null,
    hidden: () => access.scene()?.display?.hidden ?? null,
    layoutMoving: access.layoutMoving,
  });
  const framing = createFraming({
    camera,
    graph: () => access.scene()?.graph ?? null,
    positions: () => access.scene()?.positions ?? null,
    hidden: () => access.scene()?.display?.hidden ?? null,
    size: access.size,
  });
  const input = bindInput({
    element: element,
    camera,
    emitter,
    nodeAt: picker.nodeAt,
    nodePosition(i) {
      const positions = access.scene()?.positions;
      return positions ? { x: positions[i * 2]!, y: positions[i * 2 + 1]! } : null;
    },
    moveNode(i, x, y) {
      const positions = access.scene()?.positions;
      if (!positions) return;
      positions[i * 2] = x;
      positions[i * 2 + 1] = y;
      picker.invalidate();
      access.changed(ALL_LAYERS);
    },
    fit: () => framing.fit(true),
    stepSelection: (dir) => stepSelection(access.scene(), dir, emitter.emit),
    takeCamera: () => framing.takenByUser(true),
  });

  return { camera, picker, framing, input };
}

function localPoint(element: HTMLElement, e: MouseEvent): ScreenPoint {
  const box = element.getBoundingClientRect();
  return screenPoint(e.clientX - box.left, e.clientY - box.top);
}

/** A node's screen position: its top edge, or with centre its centre; null when it has none. */
function screenPositionIn(scene: Scene | null, camera: CameraController, i: number, centre: boolean): { x: number; y: number } | null {
  if (!scene?.positions || i < 0 || i >= scene.graph.nodeCount) return null;
  const p = camera.toScreen(scene.positions[i * 2]!, scene.positions[i * 2 + 1]!);
  return { x: p.x, y: p.y - (centre ? 0 : nodeScreenRadius(scene.graph.radii[i]!, camera.get().k)) };
}

/** The dragged node stays under the pointer until the layout catches up. */
function keepDragged(previous: Float32Array | null, next: Float32Array, dragged: number): Float32Array {
  if (dragged >= 0 && previous) {
    next[dragged * 2] = previous[dragged * 2]!;
    next[dragged * 2 + 1] = previous[dragged * 2 + 1]!;
  }
  return next;
}

/** [ and ] step the selection through the shown nodes by importance. */
function stepSelection(scene: Scene | null, dir: 1 | -1, emit: (e: RendererEvent) => void): void {
  if (!scene) return;
  const order = scene.index.labelOrder;
  const selected = scene.display?.selected ?? -1;
  const at = selected >= 0 ? order.indexOf(selected) : -1;
  for (let step = 1; step <= order.length; step++) {
    const i = order[(((at + dir * step) % order.length) + order.length) % order.length]!;
    if (!scene.display?.hidden?.[i]) {
      emit({ type: "keySelect", index: i });
      return;
    }
  }
}

