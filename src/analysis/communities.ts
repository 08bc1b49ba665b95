// Louvain communities (graphology-communities-louvain) with a resolution and a fixed seed:
// the same graph and resolution always give the same communities. Communities are numbered
// by size, largest first.
import louvain from "graphology-communities-louvain";
import { createAnalysisGraph, seededRandom, type AnalysisInput } from "./analysisGraph";

const DEFAULT_RESOLUTION = 1;
const LOUVAIN_SEED = 2024;

export interface CommunityResult {
  /** per node: its community, 0 the largest */
  of: Int32Array;
  count: number;
  modularity: number;
  resolution: number;
}

export function computeCommunities(input: AnalysisInput, resolution = DEFAULT_RESOLUTION): CommunityResult {
  const graph = createAnalysisGraph(input);
  if (graph.size === 0) return { of: new Int32Array(graph.order).map((_, i) => i), count: graph.order, modularity: 0, resolution };
  const result = louvain.detailed(graph, { resolution, getEdgeWeight: "weight", rng: seededRandom(LOUVAIN_SEED) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(result.communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const rank = new Map(order.map((c, r) => [c, r]));
  const of = Int32Array.from({ length: graph.order }, (_, i) => rank.get(result.communities[String(i)]!)!);
  return { of, count: order.length, modularity: result.modularity, resolution };
}
