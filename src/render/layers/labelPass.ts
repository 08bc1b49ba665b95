// Places and draws labels in order of preference, each only where it overlaps no label
// placed before it in the same pass. Labels come from the sprite atlas when the frame has
// one, else they are drawn as text (exports, where text stays text).
import { pointInRect } from "../culling";
import { createLabelGrid, LABEL_FONT, labelStyle, type LabelGrid } from "../labels";
import { SPRITE_PAD, spriteHeight } from "../labelSprites";
import { nodeScreenRadius } from "../sceneIndex";
import { screenX, screenY } from "../camera";
import type { Frame } from "./types";


// each label is measured once per weight, at 16 px, and scaled: no measureText per frame
const widths = new Map<string, number>();
function measuredWidth(ctx: CanvasRenderingContext2D, text: string, size: number, bold: boolean): number {
  const key = `${bold ? 1 : 0}${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    const font = ctx.font;
    ctx.font = `${bold ? 600 : 400} 16px ${LABEL_FONT}`;
    w = ctx.measureText(text).width;
    ctx.font = font;
    if (widths.size > 100_000) widths.clear();
    widths.set(key, w);
  }
  return (w * size) / 16;
}

export interface LabelPass {
  grid: LabelGrid;
  /** tries to place the label of node i (right of the node, or with eitherSide left of it too); returns whether it was placed */
  offer(i: number, forced: boolean, eitherSide?: boolean): boolean;
  placed(): number;
  /** draws the placed labels */
  finish(): void;
  /** a label could not be placed yet: its sprite is still to be made, in a later frame */
  incomplete(): boolean;
}

/** ms a pass may spend rasterising new label sprites; the rest follow in the next frames */
const SPRITE_BUDGET_MS = 10;

/**
 * `crowdCut`: in a crowded graph, how many labels may still be placed next to small nodes
 * (level of detail: zoomed out, only the most important nodes of a large graph are named).
 */
export function createLabelPass(ctx: CanvasRenderingContext2D, frame: Frame, crowdCut: () => boolean): LabelPass {
  const { width, height, camera: cam, graph, index, positions: p, display, atlas } = frame;
  const grid = createLabelGrid(width, height, 48);
  const maxImportance = graph.importance[index.labelOrder[0] ?? 0] || 1;
  const crowded = graph.nodeCount > 1000;
  const colors = { fill: frame.theme.label, halo: frame.theme.labelHalo, key: frame.themeName };
  let lastFont = "";
  // blits wait until every sprite of the pass exists: a canvas drawn from and then drawn
  // into is copied whole before each further use as a source
  const blits: (() => void)[] = [];
  const spriteDeadline = performance.now() + SPRITE_BUDGET_MS;
  let deferred = false;
  const drawText = (label: string, x: number, y: number, size: number, bold: boolean) => {
    const font = `${bold ? 600 : 400} ${size}px ${LABEL_FONT}`;
    if (font !== lastFont) ctx.font = lastFont = font;
    ctx.strokeStyle = colors.halo;
    ctx.lineWidth = 3.5;
    ctx.strokeText(label, x, y);
    ctx.fillStyle = colors.fill;
    ctx.fillText(label, x, y);
  };

  function offer(i: number, forced: boolean, eitherSide = false): boolean {
    if (deferred || display.hidden?.[i]) return false;
    const label = display.labels[i];
    if (!label) return false;
    const x = p[i * 2]!, y = p[i * 2 + 1]!;
    if (!pointInRect(x, y, 0, frame.view)) return false;
    const sr = nodeScreenRadius(graph.radii[i]!, cam.k);
    const weight = Math.sqrt((graph.importance[i] ?? 0) / maxImportance);
    if (!forced && sr < (crowded ? 5 : 2.5) && (crowded ? crowdCut() : weight < 0.6)) return false;
    const { size, bold } = labelStyle(weight, forced, display.labelScale);
    const sprite = atlas?.sprite(label, size, bold, colors, forced || performance.now() < spriteDeadline) ?? null;
    // placement follows the order strictly: once one label must wait, all after it wait too
    if (atlas && !sprite) return !(deferred = true);
    const w = sprite ? sprite.textWidth : measuredWidth(ctx, label, size, bold);
    const sx = screenX(cam, x), sy = screenY(cam, y);
    const box = { x: sx + sr + 3, y: sy - size * 0.65, w: w + 4, h: size * 1.3 };
    if (!grid.tryPlace(box) && !forced) {
      // a label that may go either side tries the left of its node before giving up
      if (!eitherSide) return false;
      box.x = sx - sr - 3 - box.w;
      if (!grid.tryPlace(box)) return false;
    }
    if (sprite) {
      const d = atlas!.dpr;
      const dx = Math.round((box.x + 1 - SPRITE_PAD) * d) / d;
      const dy = Math.round((sy - spriteHeight(size) / 2) * d) / d;
      blits.push(() => ctx.drawImage(sprite.page, sprite.sx, sprite.sy, sprite.sw, sprite.sh, dx, dy, sprite.sw / d, sprite.sh / d));
    } else blits.push(() => drawText(label, box.x + 1, sy, size, bold));
    return true;
  }
  return {
    grid,
    offer,
    placed: () => blits.length,
    incomplete: () => deferred,
    finish() {
      ctx.globalAlpha = 1;
      ctx.textBaseline = "middle";
      ctx.lineJoin = "round";
      for (const blit of blits) blit();
    },
  };
}
