// The typed messages between the layout client and the layout worker. Positions travel
// as transferred Float32Arrays (x, y interleaved: stride 2); every reply names its run,
// so the client drops replies of a run it has replaced.
export type Arrangement = "free" | "two-cities" | "map";

/** per node the spot on the map in graph units (stride 2, NaN where none), and whose coordinates gave it (model/geo.ts: the node's own, its place's or its region's) */
export interface LayoutGeo {
  targets: Float32Array;
  kind: Uint8Array;
}

export interface LayoutInput {
  nodeCount: number;
  /** source, target node indices, stride 2 */
  edges: Uint32Array;
  /** initial positions, stride 2; NaN where a node has none */
  initial?: Float32Array;
  /** per node: -1 Sichuan, +1 Chongqing, 0 anything else (for the two-cities arrangement) */
  sides: Int8Array;
  /** per node: a size in graph units, for collision */
  radii: Float32Array;
  arrangement: Arrangement;
  /** for the map (or sent later with layout:geo) */
  geo?: LayoutGeo;
  /** skip animation: post only the final positions */
  instant: boolean;
  /** all nodes already placed: show them and stay still (in the free arrangement; in the two-cities one the nodes move from there) */
  frozen: boolean;
}

export type LayoutCommand =
  | ({ type: "layout:start"; runId: number } & LayoutInput)
  | { type: "layout:pin"; runId: number; index: number; x: number; y: number }
  | { type: "layout:release"; runId: number; index: number }
  | { type: "layout:arrange"; runId: number; arrangement: Arrangement }
  /** where the nodes are on the ground, for the map arrangement (loaded with the map, so after the start) */
  | ({ type: "layout:geo"; runId: number } & LayoutGeo)
  /** run the layout again from where the nodes are now, as from the start (frozen or settled alike) */
  | { type: "layout:relayout"; runId: number }
  | { type: "layout:stop"; runId: number };

export type LayoutReply =
  | { type: "layout:tick"; runId: number; positions: Float32Array; alpha: number; progress: number }
  | { type: "layout:settled"; runId: number; positions: Float32Array; ticks: number }
  | { type: "layout:error"; runId: number; message: string };
