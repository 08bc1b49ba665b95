// Draws a frame: the surfaces holding a changed layer are redrawn, layer by layer, from one
// Frame; the others keep their pixels. While a large graph moves, edges are sampled to fit
// the frame budget, fewer labels are placed, and a camera move shifts the last sharp
// picture instead of redrawing it (the labels and overlay surfaces hide meanwhile: the
// shifted picture holds them).
import { visibleGraphRect, type Camera } from "./camera";
import { createLabelAtlas, type LabelAtlas } from "./labelSprites";
import { layersOf, surfacesOf } from "./layers/stack";
import { SURFACE_IDS, type DrawTarget, type EmphasisFade, type Frame, type Layer, type LayerId, type LayerStats, type SurfaceId } from "./layers/types";
import { createMotionCache } from "./motionCache";
import type { SceneIndex } from "./sceneIndex";
import type { PixelTarget } from "./rasterize";
import type { Surfaces } from "./surfaces";
import type { MapScene, RenderDisplay, RenderGraph } from "./types";
import { THEMES } from "../style/palette";

export interface PainterSettings {
  /** from this many edges on, a moving graph is sampled and camera moves shift a cached picture */
  cacheFromEdges: number;
  maxLabels: number;
  /** frame budget for the edges while things move, in ms */
  motionBudgetMs: number;
}

export interface PaintInput {
  width: number;
  height: number;
  dpr: number;
  camera: Camera;
  graph: RenderGraph;
  index: SceneIndex;
  raster: boolean;
  positions: Float32Array;
  display: RenderDisplay;
  /** the layout, the camera or a dragged node is moving */
  inMotion: boolean;
  /** only the camera changed since the graph surface was last drawn sharp */
  cameraOnly: boolean;
  map: MapScene | null;
  emphasisFade?: EmphasisFade | null;
}

interface PaintStats {
  layers: LayerId[];
  nodes: number;
  edges: number;
  labels: number;
  /** every edge was drawn (no sampling, no shifted picture) */
  full: boolean;
  /** layers that drew only part of their content and want another frame */
  unfinished: LayerId[];
}

export interface Painter {
  paint(input: PaintInput, dirty: ReadonlySet<LayerId>): PaintStats;
  /** the frame the screen shows, for exports */
  frameFor(input: PaintInput): Frame;
  /** a new graph or size: the cached picture no longer fits */
  forget(): void;
}

export function createPainter(surfaces: Surfaces, settings: PainterSettings): Painter {
  const cache = createMotionCache();
  const under = createKeptPixels();
  let atlas: LabelAtlas | null = null;
  let msPerEdge = 0.0004;

  function frameFor(input: PaintInput): Frame {
    if (!atlas || atlas.dpr !== input.dpr) atlas = createLabelAtlas(input.dpr);
    const big = input.graph.edgeEnds.length / 2 >= settings.cacheFromEdges;
    const sampled = input.inMotion && big;
    const budget = sampled ? Math.max(3000, Math.floor(settings.motionBudgetMs / msPerEdge)) : Infinity;
    return {
      width: input.width, height: input.height, dpr: input.dpr, camera: input.camera,
      view: visibleGraphRect(input.camera, input.width, input.height, 24),
      graph: input.graph, index: input.index, positions: input.positions, display: input.display,
      themeName: input.display.theme, theme: THEMES[input.display.theme],
      edgeStride: Math.max(1, Math.ceil(input.graph.edgeEnds.length / 2 / budget)),
      maxLabels: sampled ? Math.min(60, settings.maxLabels) : settings.maxLabels,
      raster: input.raster, atlas, map: input.map, emphasisFade: input.emphasisFade ?? null,
    };
  }

  function drawLayer(layer: Layer, target: DrawTarget, frame: Frame, totals: PaintStats): void {
    const stats: LayerStats = layer.draw(target, frame);
    totals.layers.push(layer.id);
    totals.nodes += stats.nodes ?? 0;
    totals.edges += stats.edges ?? 0;
    totals.labels += stats.labels ?? 0;
    if (stats.unfinished) totals.unfinished.push(layer.id);
  }

  function paintSurface(id: SurfaceId, frame: Frame, totals: PaintStats): void {
    const target = surfaces.get(id).begin(frame.dpr, false);
    for (const layer of layersOf(id)) drawLayer(layer, target, frame, totals);
  }

  /**
   * The graph surface. Drawn into pixels (large graphs) at rest, the background and edges are
   * kept once drawn: when only the nodes change (new colours), they are put back instead of
   * drawn again, which at 50,000 edges saves some 100 ms. Moving frames keep nothing (their
   * edges are redrawn next frame anyway) and make the kept pixels stale.
   */
  function paintGraphSurface(frame: Frame, dirty: ReadonlySet<LayerId>, atRest: boolean, totals: PaintStats): void {
    const target = surfaces.get("graph").begin(frame.dpr, frame.raster);
    const reuse = target.pixels !== null && !dirty.has("background") && !dirty.has("edges") && under.restore(target.pixels.target);
    for (const layer of layersOf("graph")) {
      if (reuse && layer.id !== "nodes") continue;
      drawLayer(layer, target, frame, totals);
      if (layer.id === "edges" && target.pixels) under.keep(target.pixels.target, atRest && frame.edgeStride === 1);
    }
  }

  const isBig = (input: PaintInput) => input.graph.edgeEnds.length / 2 >= settings.cacheFromEdges;

  /** A camera move over a large graph shifts the last sharp picture, labels and overlay included. */
  function paintMoved(input: PaintInput, frame: Frame): boolean {
    if (!isBig(input) || !input.cameraOnly || !input.inMotion) return false;
    if (!cache.drawMoved(surfaces.get("graph").ctx, frame.camera, frame.dpr, frame.theme.background)) return false;
    surfaces.showUpper(false);
    return true;
  }

  function paintGraph(frame: Frame, dirty: ReadonlySet<LayerId>, atRest: boolean, totals: PaintStats): void {
    const t0 = performance.now();
    paintGraphSurface(frame, dirty, atRest, totals);
    if (totals.edges > 2000) msPerEdge = 0.7 * msPerEdge + 0.3 * ((performance.now() - t0) / totals.edges);
    totals.full = frame.edgeStride === 1;
  }

  return {
    frameFor,
    paint(input, dirty) {
      const frame = frameFor(input);
      const totals: PaintStats = { layers: [], nodes: 0, edges: 0, labels: 0, full: true, unfinished: [] };
      const surfaceIds = surfacesOf(dirty);
      if (surfaceIds.has("graph") && paintMoved(input, frame)) return { ...totals, full: false };
      surfaces.showUpper(true);
      if (surfaceIds.has("graph")) paintGraph(frame, dirty, !input.inMotion, totals);
      if (surfaceIds.has("labels")) paintSurface("labels", frame, totals);
      if (surfaceIds.has("overlay")) paintSurface("overlay", frame, totals);
      // the picture a later camera move shifts: every surface, as they now stand
      if (isBig(input) && !input.inMotion) cache.capture(SURFACE_IDS.map((id) => surfaces.get(id).canvas), frame.camera);
      else if (input.inMotion) cache.drop();
      return totals;
    },
    forget: () => {
      cache.drop();
      under.drop();
    },
  };
}

/** A copy of the graph surface's pixels under the nodes (background and edges), for the size it was taken at. */
function createKeptPixels() {
  let kept: { data: Uint32Array; width: number; height: number } | null = null;
  let valid = false;
  return {
    /** the pixels under the nodes were just drawn; worth keeping (a whole, still picture) or not */
    keep(target: PixelTarget, worth: boolean) {
      valid = worth;
      if (!worth) return;
      if (kept?.data.length !== target.data.length) kept = { data: new Uint32Array(target.data.length), width: 0, height: 0 };
      kept.data.set(target.data);
      kept.width = target.width;
      kept.height = target.height;
    },
    /** puts the kept pixels back; false when there are none that fit */
    restore(target: PixelTarget): boolean {
      if (!valid || !kept || kept.width !== target.width || kept.height !== target.height || kept.data.length !== target.data.length) return false;
      target.data.set(kept.data);
      return true;
    },
    drop() {
      kept = null;
      valid = false;
    },
  };
}
