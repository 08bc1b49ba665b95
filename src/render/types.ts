// What the renderer is given and what it tells: the graph in typed arrays, the display
// state derived from the view, and the events it emits.
import type { Camera } from "./camera";
import type { DrawTarget, Frame, LayerId } from "./layers/types";
import type { Theme } from "../style/palette";

export interface RenderGraph {
  nodeCount: number;
  /** source, target per edge, stride 2 */
  edgeEnds: Uint32Array;
  nodeTypes: readonly string[];
  edgeTypes: readonly string[];
  /** 1 where the edge's relation has a direction (drawn with an arrow) */
  directed: Uint8Array;
  /** node radius in graph units */
  radii: Float32Array;
  /** who gets a label first */
  importance: Float32Array;
  /** node colours other than by type (e.g. by community), shapes staying by type; null: by type */
  paint?: NodePaint | null;
}

/** per node an index into the palette, -1 for the type's own colour */
export interface NodePaint {
  of: Int32Array;
  palette: readonly { light: string; dark: string }[];
}

export interface RenderDisplay {
  theme: Theme;
  labels: readonly string[];
  selected: number;
  hovered: number;
  /** per node: 1 emphasized, 0 dimmed; null: nothing dimmed */
  focus: Uint8Array | null;
  /** what the view points at beyond hover and selection (a path, a story step); null: nothing */
  emphasis: Emphasis | null;
  /** per node: 1 hidden by a filter; null: all shown */
  hidden: Uint8Array | null;
  /** per edge: 1 hidden by a filter; null: all shown (edges of hidden nodes are hidden anyway) */
  hiddenEdges: Uint8Array | null;
  /** per edge: 1 drawn faint and dotted (undated relations while the timeline is on); absent or null: none */
  faintEdges?: Uint8Array | null;
  /** node labels drawn this many times their usual size (the projector theme); default 1 */
  labelScale?: number;
  /** how opaque the veil over what is not emphasised is, 0–1; default from the theme */
  veil?: number;
}

/** per node and per edge: 1 emphasised; everything else is dimmed behind the overlay's veil */
export interface Emphasis {
  nodes: Uint8Array;
  edges: Uint8Array;
}

export type RendererEvent =
  | { type: "clickNode"; index: number }
  | { type: "clickStage" }
  /** the keyboard moved the selection ([ and ] step through nodes by importance; Escape clears: -1) */
  | { type: "keySelect"; index: number }
  | { type: "dblclickNode"; index: number }
  | { type: "enterNode"; index: number; x: number; y: number }
  | { type: "moveNode"; index: number; x: number; y: number }
  | { type: "leaveNode" }
  | { type: "dragNode"; index: number; x: number; y: number }
  | { type: "dragNodeEnd"; index: number; x: number; y: number }
  | { type: "cameraChange"; camera: Camera; byUser: boolean }
  /** a frame was drawn: which layers, and how much of the graph they drew */
  | { type: "render"; layers: LayerId[]; full: boolean; ms: number; nodes: number; edges: number; labels: number };

/** A province outline of the base map, projected once into graph units. */
export interface MapProvince {
  id: string;
  /** Sichuan and Chongqing, drawn a shade stronger than their neighbours */
  home: boolean;
  /** rings of x, y in graph units, stride 2 */
  rings: readonly Float32Array[];
  /** where its name is written, in graph units; null: not named */
  label: { x: number; y: number; zh: string; en: string } | null;
}

/** What the map arrangement adds to the picture, drawn by code loaded with the map. */
export interface MapScene {
  /** draws the background with the base map on the graph surface (into the pixel buffer in raster mode), under the links */
  drawBase(target: DrawTarget, frame: Frame): void;
  /** strokes the links across the Sichuan–Chongqing border above the others */
  strokeCrossBorder(ctx: CanvasRenderingContext2D, frame: Frame, lineWidth: number): void;
  /** the same links as a raster group (large graphs) */
  crossBorderGroups(frame: Frame): { edges: Uint32Array; color: number }[];
}
