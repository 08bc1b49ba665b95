// Layout quality from final positions, both scale-free and lower-is-better:
// - edgeRatio: mean length of an edge / mean distance between random node pairs (20,000
//   seeded pairs). 1 means linked nodes are no closer than any two nodes.
// - communityRatio: mean distance of a node to its own planted community's centroid / mean
//   distance of a node to the nearest other community's centroid. Below 1, communities
//   form separate clumps; about 1 or more, they overlap.
// Nodes without a finite position are left out; too few left gives null.
import { mulberry32 } from "./prng.mjs";

/**
 * @param {(number|null)[]} positions x,y interleaved in node order
 * @param {Int32Array|number[]} community planted community of each node
 * @param {[number, number][]} edges node index pairs
 */
export function layoutQuality(positions, community, edges, { pairs = 20_000, seed = 1 } = {}) {
  const n = community.length;
  if (!positions || positions.length < 2 * n) return { edgeRatio: null, communityRatio: null, placed: 0 };
  const ok = new Uint8Array(n);
  const placed = [];
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(positions[2 * i]) && Number.isFinite(positions[2 * i + 1])) {
      ok[i] = 1;
      placed.push(i);
    }
  }
  if (placed.length < 2) return { edgeRatio: null, communityRatio: null, placed: placed.length };
  const dist = (a, b) => Math.hypot(positions[2 * a] - positions[2 * b], positions[2 * a + 1] - positions[2 * b + 1]);

  const rand = mulberry32(seed);
  let pairSum = 0;
  for (let k = 0; k < pairs; k++) {
    const a = placed[Math.floor(rand() * placed.length)];
    let b = a;
    while (b === a) b = placed[Math.floor(rand() * placed.length)];
    pairSum += dist(a, b);
  }
  const pairMean = pairSum / pairs;
  let edgeSum = 0;
  let edgeCount = 0;
  for (const [a, b] of edges) {
    if (ok[a] && ok[b]) {
      edgeSum += dist(a, b);
      edgeCount++;
    }
  }
  const edgeRatio = pairMean > 0 && edgeCount ? edgeSum / edgeCount / pairMean : null;
  return { edgeRatio, communityRatio: communityRatio(positions, community, placed), placed: placed.length };
}

function communityRatio(positions, community, placed) {
  const k = Math.max(...placed.map((i) => community[i])) + 1;
  const cx = new Float64Array(k);
  const cy = new Float64Array(k);
  const count = new Float64Array(k);
  for (const i of placed) {
    const c = community[i];
    cx[c] += positions[2 * i];
    cy[c] += positions[2 * i + 1];
    count[c]++;
  }
  const live = [];
  for (let c = 0; c < k; c++) {
    if (count[c]) {
      cx[c] /= count[c];
      cy[c] /= count[c];
      live.push(c);
    }
  }
  if (live.length < 2) return null;
  let own = 0;
  let other = 0;
  for (const i of placed) {
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    const c = community[i];
    own += Math.hypot(x - cx[c], y - cy[c]);
    let nearest = Infinity;
    for (const d of live) {
      if (d === c) continue;
      const dd = (x - cx[d]) ** 2 + (y - cy[d]) ** 2;
      if (dd < nearest) nearest = dd;
    }
    other += Math.sqrt(nearest);
  }
  return other > 0 ? own / other : null;
}
