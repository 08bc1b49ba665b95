// Which nodes and edges the filters leave in view: node types and regions, relation
// types, a year range over dated relations (undated ones stay), the timeline (the network
// as it stood at the end of a year), and the neighbourhood of the selection up to a depth.
// The picture, the table and the counts all read this.
import type { GraphModel } from "../model/graphModel";

export interface FilterSpec {
  hiddenTypes: readonly string[];
  hiddenRegions: readonly string[];
  hiddenRelations: readonly string[];
  yearFrom: number | null;
  yearTo: number | null;
  depth: number;
  /**
   * The timeline: the network as it stood at the end of this year. Relations dated later are
   * hidden, and so are the nodes whose every relation is dated later (they had not joined
   * yet); undated relations stay, and nodes without relations stay. null or absent: off.
   */
  asOf?: number | null;
}

export interface Visibility {
  /** per node 1 = hidden; null when nothing is hidden */
  hiddenNodes: Uint8Array | null;
  hiddenEdges: Uint8Array | null;
  shownNodes: number;
  shownEdges: number;
  /** while the timeline is on: per edge 1 = shown but undated (drawn apart); otherwise null */
  undatedEdges?: Uint8Array | null;
}

function edgeYear(date: string | undefined): number | null {
  if (!date) return null;
  const y = Number(date.slice(0, 4));
  return Number.isFinite(y) ? y : null;
}

function isFiltering(f: FilterSpec, selected: number): boolean {
  return Boolean(
    f.hiddenTypes.length || f.hiddenRegions.length || f.hiddenRelations.length || f.yearFrom !== null || f.yearTo !== null || (f.asOf ?? null) !== null || (f.depth > 0 && selected >= 0),
  );
}

export function getVisibility(model: GraphModel, f: FilterSpec, selected: number): Visibility {
  const n = model.nodes.length;
  const m = model.edges.length;
  if (!isFiltering(f, selected)) return { hiddenNodes: null, hiddenEdges: null, shownNodes: n, shownEdges: m };
  const hiddenNodes = new Uint8Array(n);
  const hiddenEdges = new Uint8Array(m);
  const types = new Set(f.hiddenTypes);
  const regions = new Set(f.hiddenRegions);
  const relations = new Set(f.hiddenRelations);
  const asOf = f.asOf ?? null;
  const notYet = asOf === null ? null : nodesNotYetIn(model, asOf);
  model.nodes.forEach((node, i) => {
    if (types.has(node.type) || regions.has(node.region ?? "") || notYet?.[i]) hiddenNodes[i] = 1;
  });
  const ends = model.edgeEnds;
  for (let k = 0; k < m; k++) {
    const e = model.edges[k]!;
    const y = edgeYear(e.date);
    const outOfRange = y !== null && ((f.yearFrom !== null && y < f.yearFrom) || (f.yearTo !== null && y > f.yearTo) || (asOf !== null && y > asOf));
    if (relations.has(e.type) || outOfRange || hiddenNodes[ends[k * 2]!] || hiddenNodes[ends[k * 2 + 1]!]) hiddenEdges[k] = 1;
  }
  if (f.depth > 0 && selected >= 0 && selected < n && !hiddenNodes[selected]) {
    // breadth-first over the edges still shown
    const reached = new Int32Array(n).fill(-1);
    reached[selected] = 0;
    let frontier = [selected];
    const incident = incidentEdges(model);
    for (let d = 1; d <= f.depth && frontier.length; d++) {
      const next: number[] = [];
      for (const i of frontier)
        for (let j = incident.offsets[i]!; j < incident.offsets[i + 1]!; j++) {
          const k = incident.edges[j]!;
          if (hiddenEdges[k]) continue;
          const other = ends[k * 2]! === i ? ends[k * 2 + 1]! : ends[k * 2]!;
          if (reached[other] === -1) {
            reached[other] = d;
            next.push(other);
          }
        }
      frontier = next;
    }
    for (let i = 0; i < n; i++) if (reached[i] === -1) hiddenNodes[i] = 1;
    for (let k = 0; k < m; k++) if (hiddenNodes[ends[k * 2]!] || hiddenNodes[ends[k * 2 + 1]!]) hiddenEdges[k] = 1;
  }
  let shownNodes = 0, shownEdges = 0;
  for (let i = 0; i < n; i++) if (!hiddenNodes[i]) shownNodes++;
  for (let k = 0; k < m; k++) if (!hiddenEdges[k]) shownEdges++;
  return { hiddenNodes, hiddenEdges, shownNodes, shownEdges, undatedEdges: asOf === null ? null : undatedShown(model, hiddenEdges) };
}

/** Per node 1 when it has relations and every one of them is dated after the year. */
function nodesNotYetIn(model: GraphModel, year: number): Uint8Array {
  const { offsets, edges } = incidentEdges(model);
  const out = new Uint8Array(model.nodes.length);
  for (let i = 0; i < out.length; i++) {
    if (offsets[i] === offsets[i + 1]) continue;
    let joined = false;
    for (let j = offsets[i]!; j < offsets[i + 1]! && !joined; j++) {
      const y = edgeYear(model.edges[edges[j]!]!.date);
      joined = y === null || y <= year;
    }
    if (!joined) out[i] = 1;
  }
  return out;
}

function undatedShown(model: GraphModel, hiddenEdges: Uint8Array): Uint8Array {
  const out = new Uint8Array(model.edges.length);
  model.edges.forEach((e, k) => {
    if (!hiddenEdges[k] && edgeYear(e.date) === null) out[k] = 1;
  });
  return out;
}

const incidentCache = new WeakMap<GraphModel, { offsets: Uint32Array; edges: Uint32Array }>();
/** CSR of edge indices per node (the model's adjacency holds node indices only). */
export function incidentEdges(model: GraphModel): { offsets: Uint32Array; edges: Uint32Array } {
  const hit = incidentCache.get(model);
  if (hit) return hit;
  const n = model.nodes.length;
  const offsets = model.offsets;
  const edges = new Uint32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  const ends = model.edgeEnds;
  for (let k = 0; k < model.edges.length; k++) {
    const s = ends[k * 2]!, t = ends[k * 2 + 1]!;
    edges[fill[s]!++] = k;
    if (t !== s) edges[fill[t]!++] = k;
  }
  const out = { offsets, edges };
  incidentCache.set(model, out);
  return out;
}

/** The years relations are dated with, lowest and highest; null when none is dated. */
export function yearSpan(model: GraphModel): [number, number] | null {
  let lo = Infinity, hi = -Infinity;
  for (const e of model.edges) {
    const y = edgeYear(e.date);
    if (y === null) continue;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  return lo <= hi ? [lo, hi] : null;
}
