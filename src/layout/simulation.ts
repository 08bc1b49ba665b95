// The layout itself, pure and synchronous: a d3-force simulation over plain arrays that
// the worker (or the main-thread fallback) steps in slices. d3-force's seeded random source
// makes it deterministic: the same graph gives the same picture.
import { forceCollide, forceLink, forceSimulation, type Simulation, type SimulationNodeDatum } from "d3-force";
import { createArrangements } from "./arrangements";
import { forceManyBodyFast } from "./forceManyBodyFast";
import type { Arrangement, LayoutGeo, LayoutInput } from "./protocol";

interface LayoutNode extends SimulationNodeDatum {
  index: number;
}

/** the heat a change of arrangement starts from */
const ARRANGE_ALPHA = 0.8;

interface LayoutParams {
  charge: number;
  linkDistance: number;
  gravity: number;
  alphaDecay: number;
  theta: number;
  collide: boolean;
}

/** Forces scaled to the graph's size: a small graph spreads out for legible labels, a large one converges fast. */
function getLayoutParams(nodeCount: number): LayoutParams {
  if (nodeCount <= 500) return { charge: -260, linkDistance: 46, gravity: 0.06, alphaDecay: 0.0228, theta: 0.8, collide: true };
  if (nodeCount <= 5000) return { charge: -60, linkDistance: 26, gravity: 0.04, alphaDecay: 0.03, theta: 0.9, collide: true };
  return { charge: -30, linkDistance: 18, gravity: 0.03, alphaDecay: 0.04, theta: 1.1, collide: false };
}

export interface Layout {
  /** advances n ticks (stopping early once settled); returns the alpha */
  step(n: number): number;
  readonly settled: boolean;
  /** the map arrangement waits for setGeo before it moves anything */
  readonly waiting: boolean;
  readonly ticks: number;
  alpha(): number;
  /** a fresh copy of the positions, stride 2 */
  positions(): Float32Array;
  pin(index: number, x: number, y: number): void;
  release(index: number): void;
  arrange(arrangement: Arrangement): void;
  /** where the nodes are on the ground; the map arrangement, if on, moves to it */
  setGeo(geo: LayoutGeo): void;
  reheat(alpha?: number): void;
  /** starts over from the current positions at full heat (pinned nodes stay pinned) */
  relayout(): void;
}

/** the nodes, at their initial positions where given, and the links (self-loops left out) */
function simulationData(input: LayoutInput) {
  const nodes: LayoutNode[] = new Array(input.nodeCount);
  for (let i = 0; i < input.nodeCount; i++) {
    const node: LayoutNode = { index: i };
    const x = input.initial?.[i * 2];
    const y = input.initial?.[i * 2 + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
    }
    nodes[i] = node;
  }
  const links: { source: number; target: number }[] = [];
  for (let k = 0; k < input.edges.length; k += 2) {
    const s = input.edges[k]!;
    const t = input.edges[k + 1]!;
    if (s !== t) links.push({ source: s, target: t });
  }
  return { nodes, links };
}

export function createLayout(input: LayoutInput): Layout {
  const n = input.nodeCount;
  const params = getLayoutParams(n);
  const { nodes, links } = simulationData(input);

  const spread = Math.sqrt(n) * params.linkDistance * 0.9;
  const sim: Simulation<LayoutNode, undefined> = forceSimulation(nodes)
    .alphaDecay(params.alphaDecay)
    .velocityDecay(0.4)
    .force("link", forceLink<LayoutNode, { source: number; target: number }>(links).distance(params.linkDistance).iterations(1))
    .force("charge", forceManyBodyFast<LayoutNode>().strength(params.charge).theta(params.theta).distanceMax(spread * 2))
    .stop();
  if (params.collide) sim.force("collide", forceCollide<LayoutNode>((d) => (input.radii[d.index] ?? 4) + 2).iterations(1));

  const arrangements = createArrangements(sim, nodes, input, params.gravity, spread);

  let ticks = 0;
  let settled = false;
  if (input.frozen) {
    // saved positions are a free picture: drawn as they are, unless the view asks for the
    // two cities or the map, which then move the nodes from there as a switch of arrangement does
    if (input.arrangement === "free") {
      sim.alpha(0);
      settled = true;
    } else {
      sim.alpha(ARRANGE_ALPHA);
    }
  }

  return {
    step(count) {
      for (let i = 0; i < count && !settled && !this.waiting; i++) {
        sim.tick();
        ticks++;
        if (sim.alpha() < sim.alphaMin()) settled = true;
      }
      return sim.alpha();
    },
    get settled() {
      return settled;
    },
    get waiting() {
      return arrangements.waiting;
    },
    get ticks() {
      return ticks;
    },
    alpha: () => sim.alpha(),
    positions() {
      const out = new Float32Array(n * 2);
      for (let i = 0; i < n; i++) {
        out[i * 2] = nodes[i]!.x ?? 0;
        out[i * 2 + 1] = nodes[i]!.y ?? 0;
      }
      return out;
    },
    pin(index, x, y) {
      const node = nodes[index];
      if (!node) return;
      node.fx = x;
      node.fy = y;
      arrangements.userPinned.add(index);
      this.reheat(0.12);
    },
    release(index) {
      const node = nodes[index];
      if (!node) return;
      node.fx = null;
      node.fy = null;
      arrangements.userPinned.delete(index);
      this.reheat(0.12);
    },
    arrange(arrangement) {
      arrangements.apply(arrangement);
      this.reheat(ARRANGE_ALPHA);
    },
    setGeo(geo) {
      if (arrangements.setGeo(geo)) this.arrange("map");
    },
    reheat(alpha = 0.3) {
      sim.alpha(Math.max(sim.alpha(), alpha));
      settled = false;
    },
    relayout() {
      for (const node of nodes) {
        node.vx = 0;
        node.vy = 0;
      }
      sim.alpha(1);
      settled = false;
    },
  };
}
