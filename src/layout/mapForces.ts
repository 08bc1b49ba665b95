// The forces of the map arrangement: places (nodes with coordinates of their own) glide to
// their spots (projected on the main thread, with the base map) and stay pinned there; nodes
// that lie in a place are pulled toward it (collision keeps them apart), nodes of a region
// gently toward its middle; the rest follow the usual forces.
import { forceX, forceY, type Force, type SimulationNodeDatum } from "d3-force";
import { GEO_IN_PLACE, GEO_OWN } from "../model/geo";
import type { LayoutGeo } from "./protocol";

interface MapNode extends SimulationNodeDatum {
  index: number;
}

/** the share of the way to its spot a place moves each tick */
const GLIDE = 0.12;
/** how strongly a node is pulled toward the place it lies in, and toward the middle of its region's places */
const PULL = 0.35;
const REGION_PULL = 0.15;

export interface MapTargets {
  /** x, y in graph units per node, stride 2; NaN where the node has no place */
  targets: Float32Array;
  /** the indices of the nodes pinned on the map */
  places: number[];
  /** per node: how strongly it is pulled toward its target */
  pull: Float32Array;
}

/** null when no node has coordinates of its own */
export function mapTargets(geo: LayoutGeo | undefined, nodeCount: number): MapTargets | null {
  if (!geo || geo.targets.length < nodeCount * 2) return null;
  const places: number[] = [];
  const pull = new Float32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    if (!Number.isFinite(geo.targets[i * 2]!)) continue;
    if (geo.kind[i] === GEO_OWN) places.push(i);
    pull[i] = geo.kind[i] === GEO_IN_PLACE ? PULL : REGION_PULL;
  }
  return places.length ? { targets: geo.targets, places, pull } : null;
}

/** Moves the places a step toward their spots each tick, then holds them there; nodes the user pinned are left alone. */
export function forcePinToMap(map: MapTargets, userPinned: ReadonlySet<number>): Force<MapNode, undefined> {
  let nodes: MapNode[] = [];
  const force = () => {
    for (const i of map.places) {
      const node = nodes[i];
      if (!node || userPinned.has(i)) continue;
      const tx = map.targets[i * 2]!, ty = map.targets[i * 2 + 1]!;
      const x = node.x ?? tx, y = node.y ?? ty;
      const near = Math.abs(tx - x) + Math.abs(ty - y) < 0.5;
      node.fx = near ? tx : x + (tx - x) * GLIDE;
      node.fy = near ? ty : y + (ty - y) * GLIDE;
    }
  };
  force.initialize = (initial: MapNode[]) => {
    nodes = initial;
  };
  return force;
}

/** Releases the places the map pinned (not those the user pinned). */
export function unpinMap(nodes: readonly MapNode[], map: MapTargets, userPinned: ReadonlySet<number>): void {
  for (const i of map.places) {
    const node = nodes[i];
    if (!node || userPinned.has(i)) continue;
    node.fx = null;
    node.fy = null;
  }
}

const targetOr = (map: MapTargets, i: number, axis: 0 | 1) => {
  const v = map.targets[i * 2 + axis]!;
  return Number.isFinite(v) ? v : 0;
};

/** x and y forces: toward the place a node lies in, or its region, or gently toward the middle. */
export function mapPull(map: MapTargets, gravity: number) {
  const strength = (d: MapNode) => (Number.isFinite(map.targets[d.index * 2]!) ? map.pull[d.index]! : gravity);
  return {
    x: forceX<MapNode>((d) => targetOr(map, d.index, 0)).strength(strength),
    y: forceY<MapNode>((d) => targetOr(map, d.index, 1)).strength(strength),
  };
}
