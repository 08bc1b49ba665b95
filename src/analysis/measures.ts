// The node measures, as a registry (id, whether relations' direction matters) and one pure
// run that computes them all with graphology's libraries, reporting progress. Betweenness,
// closeness, the diameter and the average path length need a search from every node: on
// graphs larger than EXACT_UP_TO nodes they are estimated from SAMPLE_SIZE seeded pivots
// (Brandes & Pich 2007 for betweenness; Eppstein & Wang 2004 for distances), and the
// result says so.
import type Graph from "graphology";
import { connectedComponents } from "graphology-components";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import eigenvectorCentrality from "graphology-metrics/centrality/eigenvector";
import pagerank from "graphology-metrics/centrality/pagerank";
import { undirectedDensity } from "graphology-metrics/graph/density";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import { singleSourceLength } from "graphology-shortest-path/unweighted";
import { createAnalysisGraph, seededRandom, type AnalysisInput, type LinkAttributes } from "./analysisGraph";
import { EXACT_UP_TO, type MeasureId } from "./measureIds";


const SAMPLE_SIZE = 128;

export interface GraphFigures {
  density: number;
  /** the longest shortest path (a lower bound when sampled) */
  diameter: number;
  averagePathLength: number;
  components: number;
}

export interface MeasureResult {
  values: Record<MeasureId, Float64Array>;
  figures: GraphFigures;
  /** null when exact; otherwise how many pivots the estimates rest on */
  sampled: number | null;
}

type AnalysisGraph = Graph<Record<string, never>, LinkAttributes>;
const toArray = (n: number, map: Record<string, number>) => Float64Array.from({ length: n }, (_, i) => map[String(i)] ?? 0);

function degrees(input: AnalysisInput) {
  const n = input.nodeCount;
  const degree = new Float64Array(n), inDegree = new Float64Array(n), outDegree = new Float64Array(n), weighted = new Float64Array(n);
  for (let k = 0; k < input.edgeTypes.length; k++) {
    const s = input.edgeEnds[k * 2]!, t = input.edgeEnds[k * 2 + 1]!, w = input.weights[k]!;
    degree[s]! += 1;
    weighted[s]! += w;
    if (t !== s) {
      degree[t]! += 1;
      weighted[t]! += w;
    }
    if (input.directed[k]) {
      outDegree[s]! += 1;
      inDegree[t]! += 1;
    }
  }
  return { degree, inDegree, outDegree, weightedDegree: weighted };
}

/** Local clustering coefficient: the share of a node's pairs of neighbours that are linked. */
function clustering(graph: AnalysisGraph): Float64Array {
  const out = new Float64Array(graph.order);
  graph.forEachNode((node) => {
    const nb = graph.neighbors(node);
    if (nb.length < 2) return;
    let links = 0;
    for (let a = 0; a < nb.length; a++) for (let b = a + 1; b < nb.length; b++) if (graph.hasEdge(nb[a]!, nb[b]!)) links++;
    out[Number(node)] = (2 * links) / (nb.length * (nb.length - 1));
  });
  return out;
}

function componentIndex(graph: AnalysisGraph): { of: Float64Array; count: number } {
  const parts = connectedComponents(graph).sort((a, b) => b.length - a.length);
  const of = new Float64Array(graph.order);
  parts.forEach((part, c) => part.forEach((node) => (of[Number(node)] = c)));
  return { of, count: parts.length };
}

function pivotsFor(n: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= EXACT_UP_TO) return all;
  const random = seededRandom(7);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, SAMPLE_SIZE);
}

/** Betweenness (normalised as networkx does): exact with graphology-metrics, or from pivots with its indexed Brandes. */
function betweenness(graph: AnalysisGraph, pivots: number[], progress: (share: number) => void): Float64Array {
  const n = graph.order;
  if (pivots.length === n) return toArray(n, betweennessCentrality(graph, { getEdgeWeight: null }));
  const brandes = createUnweightedIndexedBrandes(graph);
  const delta = new Float64Array(n), total = new Float64Array(n);
  pivots.forEach((source, p) => {
    const [S, P, sigma] = brandes(source);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) total[w]! += delta[w]!;
    }
    if (p % 8 === 0) progress(p / pivots.length);
  });
  const scale = n > 2 ? n / pivots.length / ((n - 1) * (n - 2)) : 0;
  return total.map((v) => v * scale);
}

/** Closeness (reachable others over their total distance), diameter and average path length, from breadth-first searches. */
function distances(graph: AnalysisGraph, pivots: number[], progress: (share: number) => void) {
  const n = graph.order;
  const sum = new Float64Array(n), reached = new Float64Array(n);
  let diameter = 0, pathSum = 0, pathCount = 0;
  pivots.forEach((source, p) => {
    const lengths = singleSourceLength(graph, String(source));
    for (const key in lengths) {
      const d = lengths[key]!;
      if (d === 0) continue;
      const v = Number(key);
      sum[v]! += d;
      reached[v]! += 1;
      if (d > diameter) diameter = d;
      pathSum += d;
      pathCount++;
    }
    if (p % 8 === 0) progress(p / pivots.length);
  });
  const closeness = Float64Array.from(sum, (s, v) => (s > 0 ? reached[v]! / s : 0));
  return { closeness, diameter, averagePathLength: pathCount ? pathSum / pathCount : 0 };
}

function safeEigenvector(graph: AnalysisGraph): Float64Array {
  try {
    return toArray(graph.order, eigenvectorCentrality(graph, { getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-6 }));
  } catch {
    // no convergence (e.g. a graph of isolated nodes): no ranking rather than a wrong one
    return new Float64Array(graph.order);
  }
}

/** Every measure of every node. `progress` gets a share from 0 to 1. */
export function computeMeasures(input: AnalysisInput, progress: (share: number) => void = () => {}): MeasureResult {
  const graph = createAnalysisGraph(input);
  const n = graph.order;
  const pivots = pivotsFor(n);
  const basic = degrees(input);
  progress(0.05);
  const between = betweenness(graph, pivots, (s) => progress(0.05 + 0.45 * s));
  const dist = distances(graph, pivots, (s) => progress(0.5 + 0.35 * s));
  const rank = n ? toArray(n, pagerank(graph, { getEdgeWeight: "weight" })) : new Float64Array(0);
  progress(0.88);
  const eigen = safeEigenvector(graph);
  const clust = clustering(graph);
  const components = componentIndex(graph);
  progress(1);
  return {
    values: { ...basic, betweenness: between, closeness: dist.closeness, pagerank: rank, eigenvector: eigen, clustering: clust, component: components.of },
    figures: {
      density: n > 1 ? undirectedDensity(graph) : 0,
      diameter: dist.diameter,
      averagePathLength: dist.averagePathLength,
      components: components.count,
    },
    sampled: pivots.length === n ? null : pivots.length,
  };
}
