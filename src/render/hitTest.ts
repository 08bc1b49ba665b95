// Which node is under the pointer: a d3-quadtree over the node positions, so hover stays
// instant at 50,000 nodes. Built lazily and rebuilt only when positions changed.
import { quadtree, type Quadtree } from "d3-quadtree";
import type { ScreenPoint } from "./camera";
import type { CameraController } from "./cameraController";

export interface HitIndex {
  /** the node whose disc contains the point (with slack in graph units), nearest first; -1 if none */
  find(x: number, y: number, slack: number): number;
}

export function createHitIndex(positions: Float32Array, radii: Float32Array, visible?: (i: number) => boolean): HitIndex {
  const n = positions.length / 2;
  const ids: number[] = [];
  let maxR = 0;
  for (let i = 0; i < n; i++) {
    if (visible && !visible(i)) continue;
    if (!Number.isFinite(positions[i * 2]!) || !Number.isFinite(positions[i * 2 + 1]!)) continue;
    ids.push(i);
    if (radii[i]! > maxR) maxR = radii[i]!;
  }
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => positions[i * 2]!)
    .y((i) => positions[i * 2 + 1]!)
    .addAll(ids);
  return {
    find(x, y, slack) {
      let best = -1;
      let bestD = Infinity;
      const reach = maxR + slack;
      tree.visit((node, x0, y0, x1, y1) => {
        if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
        if (!("length" in node)) {
          let leaf: typeof node | undefined = node;
          while (leaf) {
            const i = leaf.data;
            const d = Math.hypot(positions[i * 2]! - x, positions[i * 2 + 1]! - y);
            if (d <= radii[i]! + slack && d - radii[i]! < bestD) {
              bestD = d - radii[i]!;
              best = i;
            }
            leaf = leaf.next;
          }
        }
        return false;
      });
      return best;
    },
  };
}

export interface NodePickerSource {
  camera: CameraController;
  positions(): Float32Array | null;
  radii(): Float32Array | null;
  hidden(): Uint8Array | null;
  /** while the layout moves, the index is rebuilt at most every 250 ms */
  layoutMoving(): boolean;
}

export interface NodePicker {
  /** the node under a screen point (small nodes count a few pixels around them); -1 if none */
  nodeAt(p: ScreenPoint): number;
  /** positions or visibility changed; `reset` for a new graph, whose old index must not be used */
  invalidate(reset?: boolean): void;
}

export function createNodePicker(source: NodePickerSource): NodePicker {
  let index: HitIndex | null = null;
  let stale = true;
  let builtAt = 0;
  const current = (): HitIndex | null => {
    const positions = source.positions(), radii = source.radii();
    if (!positions || !radii) return null;
    const now = performance.now();
    if (!index || (stale && (!source.layoutMoving() || now - builtAt > 250))) {
      const hidden = source.hidden();
      index = createHitIndex(positions, radii, hidden ? (i) => !hidden[i] : undefined);
      builtAt = now;
      stale = false;
    }
    return index;
  };
  return {
    nodeAt(p) {
      const g = source.camera.toGraph(p);
      return current()?.find(g.x, g.y, 4 / source.camera.get().k) ?? -1;
    },
    invalidate(reset = false) {
      stale = true;
      if (reset) index = null;
    },
  };
}
