// The one imperative renderer: a canvas owned by the graph view, drawn at most once per
// frame and only when something changed. While the camera moves over a large graph it
// moves a cached raster and redraws sharply once the camera rests. It binds d3-zoom,
// d3-drag and pointer listeners to its canvas, and kill() unbinds every one of them.
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import { drag, type D3DragEvent } from "d3-drag";
import { createEmitter } from "../lib/emitter";
import { fitCamera, positionBounds, screenPoint, toGraph, type Camera, type Padding } from "./camera";
import { createSceneIndex, drawScene, LABEL_FONT, nodeScreenRadius, prefersRaster, type SceneIndex } from "./drawScene";
import { createHitIndex, type HitIndex } from "./hitTest";
import { THEMES } from "../style/palette";
import { labelOrder } from "./labels";
import type { RenderDisplay, RenderGraph, RendererEvent } from "./types";

export interface RendererSettings {
  /** below this many edges every frame is drawn in full */
  cacheFromEdges: number;
  /** ms of camera rest before a sharp redraw */
  settleMs: number;
  maxLabels: number;
  /** frame budget for drawing while things move, in ms */
  motionBudgetMs: number;
  reducedMotion: boolean;
  ariaLabel: string;
}

export const DEFAULT_RENDERER_SETTINGS: RendererSettings = {
  cacheFromEdges: 6000,
  settleMs: 140,
  maxLabels: 220,
  motionBudgetMs: 14,
  reducedMotion: false,
  ariaLabel: "Network",
};

export interface ExportImageOptions {
  format: "png" | "svg";
  scale?: number;
  title: string;
  caption: string;
}

/** The largest side of an exported PNG, in pixels. */
export const MAX_EXPORT_SIDE = 8192;

export interface Renderer {
  setGraph(graph: RenderGraph): void;
  setPositions(positions: Float32Array, moving: boolean): void;
  setDisplay(display: RenderDisplay): void;
  setCamera(camera: Camera, animate?: boolean): void;
  getCamera(): Camera;
  fit(animate?: boolean, indices?: readonly number[]): void;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  centreOn(index: number, animate?: boolean): void;
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

export function createRenderer(container: HTMLElement, partial: Partial<RendererSettings> = {}): Renderer {
  const settings = { ...DEFAULT_RENDERER_SETTINGS, ...partial };
  const emitter = createEmitter<RendererEvent>();
  const canvas = document.createElement("canvas");
  canvas.className = "graph-canvas";
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "application");
  canvas.setAttribute("aria-roledescription", "graph");
  canvas.setAttribute("aria-label", settings.ariaLabel);
  container.appendChild(canvas);
  const ctx = canvas.getContext("2d", { alpha: false })!;
  const cache = document.createElement("canvas");
  const cacheCtx = cache.getContext("2d", { alpha: false })!;

  let width = 0, height = 0, dpr = 1;
  let graph: RenderGraph | null = null;
  let index: SceneIndex | null = null;
  let raster = false;
  let positions: Float32Array | null = null;
  let display: RenderDisplay | null = null;
  let camera: Camera = { x: 0, y: 0, k: 1 };
  let userMovedCamera = false;
  let moving = false; // layout in motion
  let interacting = false;
  let fullDirty = true;
  let cameraDirty = false;
  let cacheCamera: Camera | null = null;
  let raf = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let msPerEdge = 0.0004;
  let hit: HitIndex | null = null;
  let hitStale = true;
  let hitBuiltAt = 0;
  let hovered = -1;
  let dragging = -1;
  let killed = false;
  let animation = 0;
  let insets: Padding = { left: 0, right: 0, top: 0, bottom: 0 };

  const schedule = () => {
    if (!raf && !killed) raf = requestAnimationFrame(frame);
  };
  const invalidate = () => {
    fullDirty = true;
    schedule();
  };

  function frame() {
    raf = 0;
    if (!graph || !index || !positions || !display || width === 0 || height === 0) return;
    const t0 = performance.now();
    const bigGraph = graph.edgeEnds.length / 2 >= settings.cacheFromEdges;
    if (!fullDirty && cameraDirty && bigGraph && cacheCamera && (interacting || animation)) {
      // move the last sharp picture with the camera; redraw sharply when the camera rests
      const s = camera.k / cacheCamera.k;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = getComputedStyleSafe();
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(s, 0, 0, s, (camera.x - cacheCamera.x * s) * dpr, (camera.y - cacheCamera.y * s) * dpr);
      ctx.drawImage(cache, 0, 0);
      cameraDirty = false;
      emitter.emit({ type: "render", full: false, ms: performance.now() - t0, nodes: 0, edges: 0 });
      return;
    }
    const inMotion = moving || interacting || animation !== 0 || dragging >= 0;
    const edgeBudget = inMotion && bigGraph ? Math.max(3000, Math.floor(settings.motionBudgetMs / msPerEdge)) : Infinity;
    const stats = drawScene({
      ctx, width, height, dpr, camera, graph, index, positions, display, edgeBudget,
      maxLabels: inMotion && bigGraph ? Math.min(60, settings.maxLabels) : settings.maxLabels,
      raster: raster,
    });
    const ms = performance.now() - t0;
    if (stats.edges > 2000) msPerEdge = 0.7 * msPerEdge + 0.3 * (ms / stats.edges);
    fullDirty = false;
    cameraDirty = false;
    if (bigGraph && !inMotion) {
      if (cache.width !== canvas.width || cache.height !== canvas.height) {
        cache.width = canvas.width;
        cache.height = canvas.height;
      }
      cacheCtx.setTransform(1, 0, 0, 1, 0, 0);
      cacheCtx.drawImage(canvas, 0, 0);
      cacheCamera = camera;
    } else if (inMotion) cacheCamera = null;
    emitter.emit({ type: "render", full: !inMotion || !bigGraph, ms, nodes: stats.nodes, edges: stats.edges });
  }

  let bgColor = "#F6F4EF";
  function getComputedStyleSafe() {
    return bgColor;
  }

  // ---- size
  const resize = () => {
    const box = container.getBoundingClientRect();
    width = Math.max(0, Math.round(box.width));
    height = Math.max(0, Math.round(box.height));
    dpr = Math.min(window.devicePixelRatio || 1, 3);
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    cacheCamera = null;
    if (!userMovedCamera && positions) fitNow(false);
    invalidate();
  };
  const observer = typeof ResizeObserver !== "undefined" ? new ResizeObserver(resize) : null;
  observer?.observe(container);
  resize();

  // ---- camera (d3-zoom owns the gesture state; we mirror its transform)
  const selection = select(canvas);
  const zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([1e-3, 64])
    .clickDistance(4)
    .filter((event: Event) => {
      const e = event as MouseEvent & WheelEvent;
      if (e.type === "mousedown" && nodeAtEvent(e) >= 0) return false; // d3-drag takes it
      return (!e.ctrlKey || e.type === "wheel") && !e.button;
    })
    .on("start", (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      if (e.sourceEvent) interacting = true;
    })
    .on("zoom", (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      camera = { x: e.transform.x, y: e.transform.y, k: e.transform.k };
      const byUser = Boolean(e.sourceEvent);
      if (byUser) userMovedCamera = true;
      cameraDirty = true;
      schedule();
      emitter.emit({ type: "cameraChange", camera, byUser });
      if (byUser) restLater();
    })
    .on("end", () => restLater());
  selection.call(zoomBehavior).on("dblclick.zoom", null);

  function restLater() {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      interacting = false;
      invalidate();
    }, settings.settleMs);
  }

  function applyCamera(next: Camera) {
    selection.call(zoomBehavior.transform, zoomIdentity.translate(next.x, next.y).scale(next.k));
  }

  function animateTo(next: Camera, animate: boolean) {
    cancelAnimationFrame(animation);
    animation = 0;
    if (!animate || settings.reducedMotion) {
      applyCamera(next);
      invalidate();
      return;
    }
    const from = camera;
    const start = performance.now();
    const duration = 450;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const e = t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
      const k = from.k * Math.pow(next.k / from.k, e);
      // interpolate the graph point at the centre, so the view glides rather than swings
      const cx0 = (width / 2 - from.x) / from.k, cy0 = (height / 2 - from.y) / from.k;
      const cx1 = (width / 2 - next.x) / next.k, cy1 = (height / 2 - next.y) / next.k;
      const cx = cx0 + (cx1 - cx0) * e, cy = cy0 + (cy1 - cy0) * e;
      applyCamera({ k, x: width / 2 - cx * k, y: height / 2 - cy * k });
      if (t < 1) animation = requestAnimationFrame(step);
      else {
        animation = 0;
        invalidate();
      }
    };
    animation = requestAnimationFrame(step);
  }

  function fitNow(animate: boolean, indices?: readonly number[]) {
    if (!positions || !graph) return;
    let pts = positions;
    let radii = graph.radii;
    if (indices?.length) {
      pts = new Float32Array(indices.length * 2);
      radii = new Float32Array(indices.length);
      indices.forEach((i, j) => {
        pts[j * 2] = positions![i * 2]!;
        pts[j * 2 + 1] = positions![i * 2 + 1]!;
        radii[j] = graph!.radii[i]!;
      });
    } else if (display?.hidden) {
      const shown: number[] = [];
      for (let i = 0; i < graph.nodeCount; i++) if (!display.hidden[i]) shown.push(i);
      if (shown.length && shown.length < graph.nodeCount) return fitNow(animate, shown);
    }
    const bounds = positionBounds(pts, radii);
    if (!bounds || width === 0) return;
    const pad = Math.min(60, Math.max(16, Math.min(width, height) * 0.06));
    // labels run to the right of their nodes: a small graph keeps room for them on that side
    const labelRoom = graph.nodeCount < 1000 ? Math.min(220, width * 0.18) : 0;
    // overlays count only while they leave the picture most of the viewport
    const fits = (v: number, of: number) => (v < of * 0.4 ? v : 0);
    const room = {
      left: pad + fits(insets.left, width),
      right: pad + labelRoom + fits(insets.right, width),
      top: pad + fits(insets.top, height),
      bottom: pad + fits(insets.bottom, height),
    };
    animateTo(fitCamera(bounds, width, height, room, indices?.length === 1 ? 2.5 : 4), animate);
  }

  // ---- hit-testing
  function hitIndex(): HitIndex | null {
    if (!positions || !graph) return null;
    const now = performance.now();
    if (!hit || (hitStale && (!moving || now - hitBuiltAt > 250))) {
      const hidden = display?.hidden;
      hit = createHitIndex(positions, graph.radii, hidden ? (i) => !hidden[i] : undefined);
      hitBuiltAt = now;
      hitStale = false;
    }
    return hit;
  }
  function nodeAt(sx: number, sy: number): number {
    const h = hitIndex();
    if (!h) return -1;
    const g = toGraph(camera, screenPoint(sx, sy));
    // small nodes are hard to hit: accept a few screen pixels around them
    const slack = 4 / camera.k;
    return h.find(g.x, g.y, slack);
  }
  function localPoint(e: MouseEvent | PointerEvent) {
    const box = canvas.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }
  function nodeAtEvent(e: MouseEvent): number {
    const pt = localPoint(e);
    return nodeAt(pt.x, pt.y);
  }

  // ---- dragging a node pins it
  type DragSubject = { index: number; x: number; y: number };
  const dragBehavior = drag<HTMLCanvasElement, unknown, DragSubject>()
    .container(canvas)
    .clickDistance(4)
    .subject((event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
      const i = nodeAt(event.x, event.y);
      if (i < 0 || !positions) return null as unknown as DragSubject;
      return { index: i, x: positions[i * 2]! * camera.k + camera.x, y: positions[i * 2 + 1]! * camera.k + camera.y };
    })
    .on("start", (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
      dragging = event.subject.index;
      userMovedCamera = true; // the view holds still under a hand that moves things
      canvas.classList.add("is-dragging");
    })
    .on("drag", (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
      if (!positions) return;
      const g = toGraph(camera, screenPoint(event.x, event.y));
      const i = event.subject.index;
      positions[i * 2] = g.x;
      positions[i * 2 + 1] = g.y;
      hitStale = true;
      emitter.emit({ type: "dragNode", index: i, x: g.x, y: g.y });
      invalidate();
    })
    .on("end", (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
      const i = event.subject.index;
      dragging = -1;
      canvas.classList.remove("is-dragging");
      if (positions) emitter.emit({ type: "dragNodeEnd", index: i, x: positions[i * 2]!, y: positions[i * 2 + 1]! });
      invalidate();
    });
  // drag first: on a node its handler runs before zoom's and stops the pan
  selection.call(dragBehavior);
  selection.call(zoomBehavior).on("dblclick.zoom", null);

  // ---- pointer: hover, click, double-click
  const onPointerMove = (e: PointerEvent) => {
    if (dragging >= 0 || (e.buttons && e.pointerType === "mouse")) return;
    const pt = localPoint(e);
    const i = nodeAt(pt.x, pt.y);
    if (i !== hovered) {
      hovered = i;
      canvas.style.cursor = i >= 0 ? "pointer" : "";
      emitter.emit(i >= 0 ? { type: "enterNode", index: i, x: pt.x, y: pt.y } : { type: "leaveNode" });
    } else if (i >= 0) emitter.emit({ type: "moveNode", index: i, x: pt.x, y: pt.y });
  };
  const onPointerLeave = () => {
    if (hovered >= 0) {
      hovered = -1;
      canvas.style.cursor = "";
      emitter.emit({ type: "leaveNode" });
    }
  };
  const onClick = (e: MouseEvent) => {
    const i = nodeAtEvent(e);
    emitter.emit(i >= 0 ? { type: "clickNode", index: i } : { type: "clickStage" });
  };
  const onDblClick = (e: MouseEvent) => {
    const i = nodeAtEvent(e);
    if (i >= 0) emitter.emit({ type: "dblclickNode", index: i });
    else {
      const pt = localPoint(e);
      selection.call(zoomBehavior.scaleBy, 1.6, [pt.x, pt.y]);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? 160 : 60;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => panBy(step, 0),
      ArrowRight: () => panBy(-step, 0),
      ArrowUp: () => panBy(0, step),
      ArrowDown: () => panBy(0, -step),
      "+": () => zoomBy(1.25),
      "=": () => zoomBy(1.25),
      "-": () => zoomBy(0.8),
      _: () => zoomBy(0.8),
      "0": () => fitNow(true),
      "]": () => stepSelection(1),
      "[": () => stepSelection(-1),
      Escape: () => emitter.emit({ type: "keySelect", index: -1 }),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      if (e.key !== "Escape" && e.key !== "[" && e.key !== "]") userMovedCamera = true;
      action();
    }
  };
  function stepSelection(dir: 1 | -1) {
    if (!index || !graph) return;
    const order = index.labelOrder;
    const at = display && display.selected >= 0 ? order.indexOf(display.selected) : -1;
    for (let step = 1; step <= order.length; step++) {
      const j = (((at + dir * step) % order.length) + order.length) % order.length;
      const i = order[j]!;
      if (!display?.hidden?.[i]) {
        emitter.emit({ type: "keySelect", index: i });
        return;
      }
    }
  }
  canvas.addEventListener("pointermove", onPointerMove);
  canvas.addEventListener("pointerleave", onPointerLeave);
  canvas.addEventListener("click", onClick);
  canvas.addEventListener("dblclick", onDblClick);
  canvas.addEventListener("keydown", onKeyDown);

  function zoomBy(factor: number) {
    selection.call(zoomBehavior.scaleBy, factor, [width / 2, height / 2]);
    restLater();
  }
  function panBy(dx: number, dy: number) {
    selection.call(zoomBehavior.translateBy, dx / camera.k, dy / camera.k);
    restLater();
  }

  return {
    canvas,
    setGraph(next) {
      graph = next;
      index = createSceneIndex(next, labelOrder(next.importance));
      raster = prefersRaster(next);
      positions = null;
      hit = null;
      hovered = -1;
      userMovedCamera = false;
      cacheCamera = null;
      invalidate();
    },
    setPositions(next, isMoving) {
      const first = positions === null;
      if (dragging >= 0 && positions) {
        // keep the dragged node under the pointer until the layout catches up
        next[dragging * 2] = positions[dragging * 2]!;
        next[dragging * 2 + 1] = positions[dragging * 2 + 1]!;
      }
      positions = next;
      moving = isMoving;
      hitStale = true;
      if (first || (!userMovedCamera && !animation)) fitNow(false);
      invalidate();
    },
    setDisplay(next) {
      if (display && display.hidden !== next.hidden) hitStale = true;
      display = next;
      bgColor = next.theme === "dark" ? "#10131A" : "#F6F4EF";
      invalidate();
    },
    setCamera: (next, animate = false) => animateTo(next, animate),
    getCamera: () => camera,
    fit(animate = true, indices) {
      userMovedCamera = indices !== undefined;
      fitNow(animate, indices);
    },
    zoomBy,
    panBy,
    setInsets(next) {
      insets = { ...insets, ...next };
      if (!userMovedCamera && positions) fitNow(false);
    },
    centreOn(i, animate = true) {
      if (!positions || !graph || i < 0 || i >= graph.nodeCount) return;
      userMovedCamera = true;
      const k = Math.max(camera.k, Math.min(2, 14 / Math.max(1, graph.radii[i]!)));
      animateTo({ k, x: width / 2 - positions[i * 2]! * k, y: height / 2 - positions[i * 2 + 1]! * k }, animate);
    },
    screenPositionOf(i, centre = false) {
      if (!positions || !graph || i < 0 || i >= graph.nodeCount) return null;
      const lift = centre ? 0 : nodeScreenRadius(graph.radii[i]!, camera.k);
      return { x: positions[i * 2]! * camera.k + camera.x, y: positions[i * 2 + 1]! * camera.k + camera.y - lift };
    },
    positions: () => positions,
    async exportImage(options) {
      if (!graph || !index || !positions || !display || width === 0) throw new Error("nothing to export yet");
      const colors = THEMES[display.theme];
      const fg = colors.label;
      const muted = display.theme === "dark" ? "#A9B0C0" : "#4F5668";
      if (options.format === "svg") {
        const { createSvgContext, svgDocument } = await import("./svgContext");
        const probe = document.createElement("canvas").getContext("2d")!;
        const svg = createSvgContext(width, height, (font, text) => {
          probe.font = font;
          return probe.measureText(text).width;
        });
        drawScene({ ctx: svg.ctx, width, height, dpr: 1, camera, graph, index, positions, display, edgeBudget: Infinity, maxLabels: settings.maxLabels, raster: false });
        const doc = svgDocument(width, height, svg.body(), options.title, options.caption, { fg, muted }, LABEL_FONT);
        return new Blob([doc], { type: "image/svg+xml" });
      }
      const scale = Math.max(1, Math.min(options.scale ?? 2, MAX_EXPORT_SIDE / Math.max(width, height)));
      const out = document.createElement("canvas");
      out.width = Math.round(width * scale);
      out.height = Math.round(height * scale);
      const octx = out.getContext("2d", { alpha: false })!;
      drawScene({ ctx: octx, width, height, dpr: scale, camera, graph, index, positions, display, edgeBudget: Infinity, maxLabels: settings.maxLabels, raster });
      octx.setTransform(scale, 0, 0, scale, 0, 0);
      octx.globalAlpha = 1;
      octx.textBaseline = "alphabetic";
      octx.fillStyle = fg;
      octx.font = `700 18px ${LABEL_FONT}`;
      octx.fillText(options.title, 16, height - 34);
      octx.fillStyle = muted;
      octx.font = `400 12px ${LABEL_FONT}`;
      octx.fillText(options.caption, 16, height - 14);
      return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("the PNG could not be made"))), "image/png"));
    },
    on: emitter.on,
    kill() {
      killed = true;
      cancelAnimationFrame(raf);
      cancelAnimationFrame(animation);
      clearTimeout(settleTimer);
      observer?.disconnect();
      selection.on(".zoom", null).on(".drag", null);
      canvas.removeEventListener("pointermove", onPointerMove);
      canvas.removeEventListener("pointerleave", onPointerLeave);
      canvas.removeEventListener("click", onClick);
      canvas.removeEventListener("dblclick", onDblClick);
      canvas.removeEventListener("keydown", onKeyDown);
      emitter.clear();
      canvas.remove();
    },
  };
}
