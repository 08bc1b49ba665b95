// Per-graph groupings, computed once per graph: nodes and edges grouped by style (one
// path and one fill per group), the label order, and each node's edges (for emphasis).
import { edgeStyleOf, nodeStyleOf, type EdgeStyle, type NodeStyle } from "../style/palette";
import { labelOrder } from "./labels";
import type { NodePaint, RenderGraph } from "./types";

export interface SceneIndex {
  nodeStyles: NodeStyle[];
  nodesByStyle: Uint32Array[];
  edgeStyles: EdgeStyle[];
  edgesByStyle: Uint32Array[];
  labelOrder: Uint32Array;
  /** node i's edges are incidentEdges[incidentStart[i] .. incidentStart[i + 1]) */
  incidentStart: Uint32Array;
  incidentEdges: Uint32Array;
}

function groupBy(count: number, keyOf: (i: number) => string) {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  }
  return groups;
}

function incidence(nodeCount: number, ends: Uint32Array) {
  const start = new Uint32Array(nodeCount + 1);
  for (let j = 0; j < ends.length; j++) start[ends[j]! + 1]!++;
  for (let i = 0; i < nodeCount; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, nodeCount);
  const edges = new Uint32Array(ends.length);
  for (let j = 0; j < ends.length; j++) edges[fill[ends[j]!]!++] = j >> 1;
  return { incidentStart: start, incidentEdges: edges };
}

/** The type's style, or its shape in the palette's colour. */
function paintedStyle(key: string, paint: NodePaint | null | undefined): NodeStyle {
  const cut = key.indexOf("\u0000");
  const style = nodeStyleOf(key.slice(cut + 1));
  const colour = paint?.palette[Number(key.slice(0, cut))];
  return colour ? { shape: style.shape, light: colour.light, dark: colour.dark } : style;
}

export function createSceneIndex(graph: RenderGraph): SceneIndex {
  const paint = graph.paint;
  const nodeGroups = groupBy(graph.nodeCount, (i) => `${paint ? (paint.of[i] ?? -1) : -1}\u0000${graph.nodeTypes[i] ?? ""}`);
  const edgeGroups = groupBy(graph.edgeEnds.length / 2, (k) => graph.edgeTypes[k] ?? "");
  return {
    nodeStyles: [...nodeGroups.keys()].map((key) => paintedStyle(key, paint)),
    nodesByStyle: [...nodeGroups.values()].map((l) => Uint32Array.from(l)),
    edgeStyles: [...edgeGroups.keys()].map(edgeStyleOf),
    edgesByStyle: [...edgeGroups.values()].map((l) => Uint32Array.from(l)),
    labelOrder: labelOrder(graph.importance),
    ...incidence(graph.nodeCount, graph.edgeEnds),
  };
}

/** Graphs from this size on are drawn by the software rasterizer: canvas paths would cost too much. */
export function prefersRaster(graph: RenderGraph): boolean {
  return graph.nodeCount > 1500 || graph.edgeEnds.length / 2 > 3000;
}

export function nodeScreenRadius(r: number, k: number): number {
  return Math.max(1.2, r * k);
}
