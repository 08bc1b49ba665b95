// Display data derived from the read-only model: node sizes by number of links, label
// importance, arrow flags, and the emphasis of a node's neighbourhood. Nothing is written back.
import type { GraphModel } from "../model/graphModel";
import { isDirectedRelation } from "../model/graphModel";
import type { NodePaint, RenderGraph } from "./types";

/** Radius in graph units for a node with the given number of links. */
function radiusForDegree(degree: number, nodeCount: number): number {
  const base = nodeCount > 5000 ? 2.2 : nodeCount > 500 ? 3 : 5;
  const gain = nodeCount > 5000 ? 0.9 : nodeCount > 500 ? 1.3 : 2.6;
  return base + gain * Math.sqrt(degree);
}

/** Radii by a measure instead of the number of links: the smallest value at the base radius, the largest as a well-linked node. */
export function radiiForValues(values: ArrayLike<number>, nodeCount: number): Float32Array {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const span = max > min ? max - min : 1;
  const top = radiusForDegree(36, nodeCount), base = radiusForDegree(0, nodeCount);
  return Float32Array.from({ length: nodeCount }, (_, i) => {
    const v = values[i]!;
    return Number.isFinite(v) ? base + (top - base) * Math.sqrt((v - min) / span) : base;
  });
}

/** The same graph with other radii or node colours. */
export function restyledRenderGraph(graph: RenderGraph, radii: Float32Array | null, paint: NodePaint | null): RenderGraph {
  return { ...graph, radii: radii ?? graph.radii, paint };
}

export function createRenderGraph(model: GraphModel): RenderGraph {
  const n = model.nodes.length;
  const radii = new Float32Array(n);
  const importance = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const d = model.degree[i]!;
    radii[i] = radiusForDegree(d, n);
    importance[i] = d;
  }
  const directed = new Uint8Array(model.edges.length);
  model.edges.forEach((e, k) => (directed[k] = isDirectedRelation(e.type) ? 1 : 0));
  return {
    nodeCount: n,
    edgeEnds: model.edgeEnds,
    nodeTypes: model.nodes.map((node) => node.type),
    edgeTypes: model.edges.map((e) => e.type),
    directed,
    radii,
    importance,
  };
}

/** The node and its direct neighbours flagged 1, for hover and selection emphasis. */
export function neighbourhoodFocus(model: GraphModel, index: number): Uint8Array | null {
  if (index < 0 || index >= model.nodes.length) return null;
  const focus = new Uint8Array(model.nodes.length);
  focus[index] = 1;
  for (let j = model.offsets[index]!; j < model.offsets[index + 1]!; j++) focus[model.adjacency[j]!] = 1;
  return focus;
}

/** Per node: -1 Sichuan, +1 Chongqing, 0 otherwise: the sides of the two-cities arrangement. */
export function citySides(model: GraphModel): Int8Array {
  return Int8Array.from(model.nodes, (n) => (n.region === "sichuan" ? -1 : n.region === "chongqing" ? 1 : 0));
}

/** Saved positions from the file (stride 2, NaN where missing), and whether every node has one. */
export function savedPositions(model: GraphModel): { positions: Float32Array; complete: boolean } {
  const positions = new Float32Array(model.nodes.length * 2).fill(Number.NaN);
  let count = 0;
  model.nodes.forEach((node, i) => {
    const p = node.position;
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) {
      positions[i * 2] = p.x;
      positions[i * 2 + 1] = p.y;
      count++;
    }
  });
  return { positions, complete: count === model.nodes.length && count > 0 };
}
