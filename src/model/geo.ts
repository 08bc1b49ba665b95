// Where the nodes are on the ground, for the map: a place's own coordinates (node.geo); for a
// node without them those of the place it is located in or held in, followed up the chain;
// else, for a Sichuan or Chongqing node, the middle of its region's places.
import type { GraphModel } from "./graphModel";

/** relations whose source lies in (or takes place in) their target */
const LIES_IN = new Set(["located-in", "held-in"]);
/** how many located-in steps are followed at most (a cycle stops there too) */
const MAX_CHAIN = 8;

/** whose coordinates a node has (NodeGeo.kind; 0: none) */
/** its own: a place, pinned on the map */
export const GEO_OWN = 1;
/** those of the place it lies in */
export const GEO_IN_PLACE = 2;
/** the middle of the places of its region (Sichuan or Chongqing) */
const GEO_IN_REGION = 3;

export interface NodeGeo {
  /** lng, lat per node, stride 2; NaN where the node has none */
  lngLat: Float32Array;
  /** per node: 0 (none), GEO_OWN, GEO_IN_PLACE or GEO_IN_REGION */
  kind: Uint8Array;
  /** how many nodes have coordinates of their own */
  places: number;
}

const hasOwn = (node: GraphModel["nodes"][number]) => Boolean(node.geo && Number.isFinite(node.geo.lat) && Number.isFinite(node.geo.lng));

/** per node, the place it lies in directly (the first such relation), -1 for none */
function containers(model: GraphModel): Int32Array {
  const parent = new Int32Array(model.nodes.length).fill(-1);
  model.edges.forEach((edge, k) => {
    if (!LIES_IN.has(edge.type)) return;
    const s = model.edgeEnds[k * 2]!;
    const t = model.edgeEnds[k * 2 + 1]!;
    if (s !== t && parent[s] === -1) parent[s] = t;
  });
  return parent;
}

/** the mean lng, lat of the places of each of the two regions */
function regionMiddles(model: GraphModel): Map<string, [number, number]> {
  const sums = new Map<string, [number, number, number]>();
  for (const node of model.nodes) {
    if (!hasOwn(node) || (node.region !== "sichuan" && node.region !== "chongqing")) continue;
    const sum = sums.get(node.region) ?? [0, 0, 0];
    sums.set(node.region, [sum[0] + node.geo!.lng, sum[1] + node.geo!.lat, sum[2] + 1]);
  }
  return new Map([...sums].map(([region, [lng, lat, count]]) => [region, [lng / count, lat / count]]));
}

export function nodeGeo(model: GraphModel): NodeGeo {
  const n = model.nodes.length;
  const parent = containers(model);
  const middles = regionMiddles(model);
  const kind = new Uint8Array(n);
  const lngLat = new Float32Array(n * 2).fill(Number.NaN);
  let places = 0;
  for (let i = 0; i < n; i++) {
    let at = i;
    for (let step = 0; step < MAX_CHAIN && at >= 0 && !hasOwn(model.nodes[at]!); step++) at = parent[at]!;
    const region = middles.get(model.nodes[i]!.region ?? "");
    if (at >= 0 && hasOwn(model.nodes[at]!)) {
      const g = model.nodes[at]!.geo!;
      kind[i] = at === i ? GEO_OWN : GEO_IN_PLACE;
      lngLat[i * 2] = g.lng;
      lngLat[i * 2 + 1] = g.lat;
    } else if (region) {
      kind[i] = GEO_IN_REGION;
      lngLat[i * 2] = region[0];
      lngLat[i * 2 + 1] = region[1];
    }
    if (kind[i] === GEO_OWN) places++;
  }
  return { lngLat, kind, places };
}
