// Label placement that never piles up: candidates come in order of importance and each
// is placed only where its box overlaps no placed box (a uniform grid keeps the check fast).
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelGrid {
  /** places the box if it is free; returns whether it was placed */
  tryPlace(box: LabelBox): boolean;
  /** reserves a box without checking (e.g. the nodes' own discs) */
  reserve(box: LabelBox): void;
  readonly placed: number;
}

export function createLabelGrid(width: number, height: number, cell = 64): LabelGrid {
  const cols = Math.max(1, Math.ceil(width / cell));
  const rows = Math.max(1, Math.ceil(height / cell));
  const cells: LabelBox[][] = Array.from({ length: cols * rows }, () => []);
  let placed = 0;
  const range = (b: LabelBox) => ({
    c0: Math.max(0, Math.floor(b.x / cell)),
    c1: Math.min(cols - 1, Math.floor((b.x + b.w) / cell)),
    r0: Math.max(0, Math.floor(b.y / cell)),
    r1: Math.min(rows - 1, Math.floor((b.y + b.h) / cell)),
  });
  const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const insert = (box: LabelBox) => {
    const { c0, c1, r0, r1 } = range(box);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells[r * cols + c]!.push(box);
  };
  return {
    tryPlace(box) {
      if (box.x + box.w < 0 || box.y + box.h < 0 || box.x > width || box.y > height) return false;
      const { c0, c1, r0, r1 } = range(box);
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++) for (const other of cells[r * cols + c]!) if (overlaps(box, other)) return false;
      insert(box);
      placed++;
      return true;
    },
    reserve: insert,
    get placed() {
      return placed;
    },
  };
}

/** The order in which nodes compete for labels: most important first, ties by index. */
export function labelOrder(importance: ArrayLike<number>): Uint32Array {
  const order = Uint32Array.from({ length: importance.length }, (_, i) => i);
  return order.sort((a, b) => importance[b]! - importance[a]! || a - b);
}

export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** The label scale of the projector theme: the smallest label (11 px) becomes 20 px. */
export const PROJECTOR_LABEL_SCALE = 1.85;
/** The projector theme's veil over what a step does not point at (the themes' own is about 0.75). */
export const PROJECTOR_VEIL = 0.88;

/** A label's size and weight: larger and bolder for more important nodes and for forced ones. */
export function labelStyle(weight: number, forced: boolean, scale = 1): { size: number; bold: boolean } {
  return { size: Math.round(Math.min(17, 11 + 6 * weight + (forced ? 1 : 0)) * scale), bold: forced || weight > 0.5 };
}
