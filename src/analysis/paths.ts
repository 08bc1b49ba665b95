// Shortest paths between two nodes over the relations, whatever their direction, with
// relation types left out on request: one path (graphology-shortest-path's bidirectional
// search), or how many shortest paths there are and the first of them (its indexed Brandes
// counts them).
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { createAnalysisGraph, type AnalysisInput } from "./analysisGraph";

const MAX_LISTED_PATHS = 10;

export interface PathResult {
  /** node indices, from first to last; empty when there is no path */
  paths: number[][];
  /** how many shortest paths there are (1 or 0 unless all were asked for) */
  count: number;
}

export function findPaths(input: AnalysisInput, from: number, to: number, options: { skip?: readonly string[]; all?: boolean } = {}): PathResult {
  const graph = createAnalysisGraph(input, new Set(options.skip ?? []));
  if (from === to) return { paths: [[from]], count: 1 };
  if (!options.all) {
    const path = bidirectional(graph, String(from), String(to));
    return path ? { paths: [path.map(Number)], count: 1 } : { paths: [], count: 0 };
  }
  const [, predecessors, sigma] = createUnweightedIndexedBrandes(graph)(from);
  const count = sigma[to]!;
  if (!count) return { paths: [], count: 0 };
  return { paths: listPaths(predecessors, from, to), count };
}

/** Up to MAX_LISTED_PATHS paths, walked back from the target through the predecessors. */
function listPaths(predecessors: number[][], from: number, to: number): number[][] {
  const out: number[][] = [];
  const walk = (node: number, tail: number[]) => {
    if (out.length >= MAX_LISTED_PATHS) return;
    if (node === from) {
      out.push([from, ...tail]);
      return;
    }
    for (const p of predecessors[node]!) walk(p, [node, ...tail]);
  };
  walk(to, []);
  return out;
}
