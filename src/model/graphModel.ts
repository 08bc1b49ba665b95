// The read-only graph model built once per load: the validated file and dense indices
// (node index, degree, CSR adjacency) for the hot paths.
import type { GraphEdge, GraphFile, GraphNode } from "./schema";
import { RELATION_TYPE_LABELS, type RelationType } from "./vocabulary";

export interface GraphModel {
  readonly file: GraphFile;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** node id -> dense index into nodes */
  readonly indexOf: ReadonlyMap<string, number>;
  /** per edge: dense source and target indices, stride 2 */
  readonly edgeEnds: Uint32Array;
  /** number of links of each node (both directions, self-loops once) */
  readonly degree: Uint32Array;
  /** CSR adjacency: neighbours of node i are adjacency[offsets[i] .. offsets[i+1]) */
  readonly offsets: Uint32Array;
  readonly adjacency: Uint32Array;
}

export function isDirectedRelation(type: string): boolean {
  return type in RELATION_TYPE_LABELS ? RELATION_TYPE_LABELS[type as RelationType].directed : true;
}

export function createGraphModel(file: GraphFile): GraphModel {
  const nodes = file.nodes;
  const edges = file.edges;
  const indexOf = new Map<string, number>();
  nodes.forEach((n, i) => indexOf.set(n.id, i));

  const edgeEnds = new Uint32Array(edges.length * 2);
  const degree = new Uint32Array(nodes.length);
  edges.forEach((e, k) => {
    const s = indexOf.get(e.source);
    const t = indexOf.get(e.target);
    if (s === undefined || t === undefined) throw new Error(`edges[${k}] names a missing node`);
    edgeEnds[k * 2] = s;
    edgeEnds[k * 2 + 1] = t;
    degree[s]! += 1;
    if (t !== s) degree[t]! += 1;
  });

  const offsets = new Uint32Array(nodes.length + 1);
  for (let i = 0; i < nodes.length; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const adjacency = new Uint32Array(offsets[nodes.length]!);
  const fill = offsets.slice(0, nodes.length);
  for (let k = 0; k < edges.length; k++) {
    const s = edgeEnds[k * 2]!;
    const t = edgeEnds[k * 2 + 1]!;
    adjacency[fill[s]!++] = t;
    if (t !== s) adjacency[fill[t]!++] = s;
  }
  return { file, nodes, edges, indexOf, edgeEnds, degree, offsets, adjacency };
}
