// What a layer is given to draw one frame, and what every layer has: an id, the surface
// (canvas) it draws on, and a draw function that reads the frame and writes nothing back.
import type { Camera, Rect } from "../camera";
import type { PixelTarget } from "../rasterize";
import type { LabelAtlas } from "../labelSprites";
import type { SceneIndex } from "../sceneIndex";
import type { Emphasis, MapScene, RenderDisplay, RenderGraph } from "../types";
import type { Theme, ThemeColors } from "../../style/palette";

export const LAYER_IDS = ["background", "edges", "nodes", "labels", "overlay"] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** The canvases, bottom to top. The graph surface is opaque; the others are transparent. */
export const SURFACE_IDS = ["graph", "labels", "overlay"] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

export interface Frame {
  width: number;
  height: number;
  dpr: number;
  camera: Camera;
  /** the part of graph space in view, with a margin */
  view: Rect;
  graph: RenderGraph;
  index: SceneIndex;
  positions: Float32Array;
  display: RenderDisplay;
  themeName: Theme;
  theme: ThemeColors;
  /** draw every stride-th edge (a sample while a large graph moves) */
  edgeStride: number;
  maxLabels: number;
  /** edges and nodes are written into a pixel buffer (large graphs) */
  raster: boolean;
  /** labels come from the sprite atlas; without one (exports) they are drawn as text */
  atlas: LabelAtlas | null;
  /** the map arrangement's base map and cross-border links; null in the others */
  map: MapScene | null;
  /** a change of emphasis under way: the previous one fading out as the display's fades in (t from 0 to 1) */
  emphasisFade?: EmphasisFade | null;
}

export interface EmphasisFade {
  from: Emphasis | null;
  t: number;
}

/** Where a layer draws: the 2D context, and in raster mode the surface's pixel buffer. */
export interface DrawTarget {
  ctx: CanvasRenderingContext2D;
  pixels: RasterBuffer | null;
}

export interface RasterBuffer {
  target: PixelTarget;
  /** writes the buffer to the canvas; what the context draws afterwards goes on top */
  put(): void;
}

export interface LayerStats {
  nodes?: number;
  edges?: number;
  labels?: number;
  /** the layer drew part of what it should and wants the next frame to finish */
  unfinished?: boolean;
}

export interface Layer {
  id: LayerId;
  surface: SurfaceId;
  draw(target: DrawTarget, frame: Frame): LayerStats;
}
