// The graph the analyses run on, built from the model's typed arrays: a simple undirected
// graphology graph whose node keys are the dense indices ("0", "1", …, in order, so
// graphology's indexed helpers use the same numbering), parallel relations merged into one
// link whose weight is their sum. Relation types can be left out (for paths).
import Graph from "graphology";

/** What the analyses need of a graph: plain arrays, so they cross to a worker as they are. */
export interface AnalysisInput {
  nodeCount: number;
  /** source, target per edge, stride 2 */
  edgeEnds: Uint32Array;
  /** per edge, an index into typeNames (typed, so the input crosses to the worker without copying strings) */
  edgeTypes: Uint16Array;
  typeNames: readonly string[];
  /** 1 where the relation has a direction */
  directed: Uint8Array;
  /** per edge, 1 where the file gives none */
  weights: Float64Array;
}

/** The input for these edges: types as indices into a list of names. */
export function createAnalysisInput(nodeCount: number, edgeEnds: Uint32Array, types: readonly string[], directed: Uint8Array, weights: Float64Array): AnalysisInput {
  const typeNames = [...new Set(types)];
  const id = new Map(typeNames.map((t, i) => [t, i]));
  return { nodeCount, edgeEnds, edgeTypes: Uint16Array.from(types, (t) => id.get(t)!), typeNames, directed, weights };
}

export type LinkAttributes = { weight: number };

export function createAnalysisGraph(input: AnalysisInput, skipTypes: ReadonlySet<string> = new Set()): Graph<Record<string, never>, LinkAttributes> {
  const graph = new Graph<Record<string, never>, LinkAttributes>({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < input.nodeCount; i++) graph.addNode(String(i));
  const skipped = input.typeNames.map((name) => skipTypes.has(name));
  for (let k = 0; k < input.edgeTypes.length; k++) {
    if (skipped[input.edgeTypes[k]!]) continue;
    const s = input.edgeEnds[k * 2]!, t = input.edgeEnds[k * 2 + 1]!;
    if (s === t) continue;
    const w = input.weights[k]!;
    graph.updateEdge(String(s), String(t), (attr) => ({ weight: (attr.weight ?? 0) + w }));
  }
  return graph;
}

/** A small seeded generator (mulberry32): the same seed gives the same communities and samples. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
