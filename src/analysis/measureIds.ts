// The names of the node measures, apart from their computation, so the interface can name
// them without loading graphology's libraries.
export const MEASURE_IDS = [
  "degree", "inDegree", "outDegree", "weightedDegree", "betweenness", "closeness", "pagerank", "eigenvector", "clustering", "component",
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export const isMeasureId = (v: string | null): v is MeasureId => v !== null && (MEASURE_IDS as readonly string[]).includes(v);

/** Up to this many nodes, the measures that need a search from every node are exact; beyond, estimated. */
export const EXACT_UP_TO = 2000;
