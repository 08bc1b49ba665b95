// From a path of node indices to what the view shows of it: the relations behind each hop
// (every relation between the two nodes whose type is not left out, with its direction
// along the path) and the emphasis of the picture.
import type { GraphModel } from "../model/graphModel";

export interface PathHop {
  from: number;
  to: number;
  /** edge indices; forward[k] is true when edges[k] runs from `from` to `to` */
  edges: number[];
  forward: boolean[];
}

export function pathHops(model: GraphModel, path: readonly number[], skip: readonly string[] = []): PathHop[] {
  const hops: PathHop[] = [];
  for (let h = 1; h < path.length; h++) {
    const from = path[h - 1]!, to = path[h]!;
    const hop: PathHop = { from, to, edges: [], forward: [] };
    model.edges.forEach((e, k) => {
      if (skip.includes(e.type)) return;
      const s = model.edgeEnds[k * 2], t = model.edgeEnds[k * 2 + 1];
      if ((s === from && t === to) || (s === to && t === from)) {
        hop.edges.push(k);
        hop.forward.push(s === from);
      }
    });
    hops.push(hop);
  }
  return hops;
}

/** Nodes and edges of the given paths flagged 1. */
export function pathEmphasis(model: GraphModel, paths: readonly (readonly number[])[], skip: readonly string[] = []): { nodes: Uint8Array; edges: Uint8Array } {
  const nodes = new Uint8Array(model.nodes.length);
  const edges = new Uint8Array(model.edges.length);
  for (const path of paths) {
    for (const i of path) nodes[i] = 1;
    for (const hop of pathHops(model, path, skip)) for (const k of hop.edges) edges[k] = 1;
  }
  return { nodes, edges };
}
