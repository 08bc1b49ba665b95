// Draws a frame: the surfaces holding a changed layer are redrawn, layer by layer, from one
// Frame; the others keep their pixels. While a large graph moves, edges are sampled to fit
// the frame budget, fewer labels are placed, and a camera move shifts the last sharp
// picture instead of redrawing it (the labels and overlay surfaces hide meanwhile: the
// shifted picture holds them).
import { visibleGraphRect, type Camera } from "./camera";
import { createLabelAtlas, type LabelAtlas } from "./labelSprites";
import { layersOf, surfacesOf } from "./layers/stack";
import { SURFACE_IDS, type EmphasisFade, type Frame, type LayerId, type LayerStats, type SurfaceId } from "./layers/types";
import { createMotionCache } from "./motionCache";
import type { SceneIndex } from "./sceneIndex";
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

  function paintSurface(id: SurfaceId, frame: Frame, totals: PaintStats): void {
    const target = surfaces.get(id).begin(frame.dpr, id === "graph" && frame.raster);
    for (const layer of layersOf(id)) {
      const stats: LayerStats = layer.draw(target, frame);
      totals.layers.push(layer.id);
      totals.nodes += stats.nodes ?? 0;
      totals.edges += stats.edges ?? 0;
      totals.labels += stats.labels ?? 0;
      if (stats.unfinished) totals.unfinished.push(layer.id);
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

  function paintGraph(frame: Frame, totals: PaintStats): void {
    const t0 = performance.now();
    paintSurface("graph", frame, totals);
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
      if (surfaceIds.has("graph")) paintGraph(frame, totals);
      if (surfaceIds.has("labels")) paintSurface("labels", frame, totals);
      if (surfaceIds.has("overlay")) paintSurface("overlay", frame, totals);
      // the picture a later camera move shifts: every surface, as they now stand
      if (isBig(input) && !input.inMotion) cache.capture(SURFACE_IDS.map((id) => surfaces.get(id).canvas), frame.camera);
      else if (input.inMotion) cache.drop();
      return totals;
    },
    forget: () => cache.drop(),
  };
}
