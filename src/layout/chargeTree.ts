// The Barnes–Hut quadtree of the charge force, kept in typed arrays so that rebuilding it
// every tick allocates nothing: per cell four children (-1 none), the point count, the
// sums for the centre of mass, the side length, and for a leaf its first point.
const MAX_DEPTH = 40;

export interface ChargeTree {
  cells: number;
  child: Int32Array;
  count: Float64Array;
  sumX: Float64Array;
  sumY: Float64Array;
  size: Float64Array;
  /** a leaf's first point, -1 for an inner cell */
  point: Int32Array;
  /** the next point sharing a leaf at the depth limit, -1 at the end */
  next: Int32Array;
}

export function createChargeTree(nodeCount: number): ChargeTree {
  const tree: ChargeTree = {
    cells: 0, child: new Int32Array(0), count: new Float64Array(0), sumX: new Float64Array(0), sumY: new Float64Array(0),
    size: new Float64Array(0), point: new Int32Array(0), next: new Int32Array(nodeCount),
  };
  grow(tree, nodeCount * 2 + 16);
  return tree;
}

function grow(t: ChargeTree, cap: number): void {
  if (t.child.length >= cap * 4) return;
  const c = Math.max(cap, Math.floor((t.child.length / 4) * 1.5) + 16);
  const larger = <A extends Int32Array | Float64Array>(a: A, length: number): A => {
    const b = new (a.constructor as new (n: number) => A)(length);
    b.set(a);
    return b;
  };
  t.child = larger(t.child, c * 4);
  t.count = larger(t.count, c);
  t.sumX = larger(t.sumX, c);
  t.sumY = larger(t.sumY, c);
  t.size = larger(t.size, c);
  t.point = larger(t.point, c);
}

function newCell(t: ChargeTree, s: number): number {
  grow(t, t.cells + 1);
  const c = t.cells++;
  t.child.fill(-1, c * 4, c * 4 + 4);
  t.count[c] = 0;
  t.sumX[c] = 0;
  t.sumY[c] = 0;
  t.size[c] = s;
  t.point[c] = -1;
  return c;
}

/** A square around every point, a little larger than their bounds; cell 0 is the root. */
function bounds(xs: Float64Array, ys: Float64Array, n: number) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!, y = ys[i]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return { x0, y0, s0: Math.max(x1 - x0, y1 - y0, 1e-6) * 1.0001 };
}

/** A leaf holding point p becomes an inner cell: p moves one level down. */
function splitLeaf(t: ChargeTree, c: number, cx: number, cy: number, s: number, xs: Float64Array, ys: Float64Array): void {
  const p = t.point[c]!;
  t.point[c] = -1;
  const h = s / 2;
  const q = (xs[p]! >= cx + h ? 1 : 0) | (ys[p]! >= cy + h ? 2 : 0);
  const k = newCell(t, h);
  t.child[c * 4 + q] = k;
  t.count[k] = 1;
  t.sumX[k] = xs[p]!;
  t.sumY[k] = ys[p]!;
  t.point[k] = p;
}

function insert(t: ChargeTree, i: number, xs: Float64Array, ys: Float64Array, x0: number, y0: number, s0: number): void {
  const x = xs[i]!, y = ys[i]!;
  let c = 0, cx = x0, cy = y0, s = s0, depth = 0;
  for (;;) {
    t.count[c]! += 1;
    t.sumX[c]! += x;
    t.sumY[c]! += y;
    if (t.count[c] === 1) {
      t.point[c] = i;
      t.next[i] = -1;
      return;
    }
    if (t.point[c]! >= 0) {
      if (depth >= MAX_DEPTH) {
        t.next[i] = t.point[c]!;
        t.point[c] = i;
        return;
      }
      splitLeaf(t, c, cx, cy, s, xs, ys);
    }
    const h = s / 2;
    const right = x >= cx + h, down = y >= cy + h;
    const q = (right ? 1 : 0) | (down ? 2 : 0);
    if (right) cx += h;
    if (down) cy += h;
    let k = t.child[c * 4 + q]!;
    if (k < 0) t.child[c * 4 + q] = k = newCell(t, h);
    c = k;
    s = h;
    depth++;
  }
}

export function buildChargeTree(t: ChargeTree, xs: Float64Array, ys: Float64Array, n: number): void {
  const { x0, y0, s0 } = bounds(xs, ys, n);
  t.cells = 0;
  newCell(t, s0);
  for (let i = 0; i < n; i++) insert(t, i, xs, ys, x0, y0, s0);
}
