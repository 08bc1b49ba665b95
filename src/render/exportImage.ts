// The view as a picture file, drawn by the same layers as the screen, all on one canvas
// (PNG, at a chosen scale) or one SVG context (text stays text), with a title and a
// source line at the foot.
import { LAYER_STACK } from "./layers/stack";
import type { DrawTarget, Frame } from "./layers/types";
import { LABEL_FONT } from "./labels";
import { pixelBuffer } from "./surfaces";

export interface ExportImageOptions {
  format: "png" | "svg";
  scale?: number;
  title: string;
  caption: string;
  /** a longer text above the title (a story step's caption), wrapped over a band of the background */
  note?: string | undefined;
}

/** The largest side of an exported PNG, in pixels. */
const MAX_EXPORT_SIDE = 8192;

function drawLayers(target: DrawTarget, frame: Frame): void {
  for (const layer of LAYER_STACK) layer.draw(target, frame);
}

function footColors(frame: Frame) {
  return { fg: frame.theme.label, muted: frame.theme.mutedText };
}

/** `frame` is the screen's frame; its sizes are CSS pixels. */
export async function exportImage(frame: Frame, options: ExportImageOptions): Promise<Blob> {
  const { width, height } = frame;
  const colors = footColors(frame);
  const still: Frame = { ...frame, atlas: null, edgeStride: 1 };
  if (options.format === "svg") {
    const { createSvgContext, svgDocument } = await import("./svgContext");
    const probe = document.createElement("canvas").getContext("2d")!;
    const svg = createSvgContext(width, height, (font, text) => {
      probe.font = font;
      return probe.measureText(text).width;
    });
    drawLayers({ ctx: svg.ctx, pixels: null }, { ...still, dpr: 1, raster: false });
    if (options.note) drawNote(svg.ctx, options.note, width, height, frame.theme.background, colors.fg);
    const doc = svgDocument(width, height, svg.body(), options.title, options.caption, colors, LABEL_FONT);
    return new Blob([doc], { type: "image/svg+xml" });
  }
  const scale = Math.max(1, Math.min(options.scale ?? 2, MAX_EXPORT_SIDE / Math.max(width, height)));
  const out = document.createElement("canvas");
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const ctx = out.getContext("2d", { alpha: false })!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  const pixels = frame.raster ? pixelBuffer(ctx) : null;
  drawLayers({ ctx, pixels }, { ...still, dpr: scale });
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  if (options.note) drawNote(ctx, options.note, width, height, frame.theme.background, colors.fg);
  drawFoot(ctx, height, scale, options, colors);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("the PNG could not be made"))), "image/png"));
}

function drawFoot(ctx: CanvasRenderingContext2D, height: number, scale: number, options: ExportImageOptions, colors: { fg: string; muted: string }) {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.globalAlpha = 1;
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = colors.fg;
  ctx.font = `700 18px ${LABEL_FONT}`;
  ctx.fillText(options.title, 16, height - 34);
  ctx.fillStyle = colors.muted;
  ctx.font = `400 12px ${LABEL_FONT}`;
  ctx.fillText(options.caption, 16, height - 14);
}

const NOTE_SIZE = 22;
const NOTE_LINE = 30;

/** Breaks a text into lines no wider than maxWidth: at spaces where it has them, else between characters (Chinese). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const tokens = text.match(/[^\s\u3000]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  const push = (piece: string) => {
    if (line && measure(line + piece) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  };
  for (const token of tokens) {
    if (measure(token) <= maxWidth) push(token);
    else for (const ch of token) push(ch);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The step's caption above the title, on a band of the background so it reads over the graph. */
function drawNote(ctx: CanvasRenderingContext2D, note: string, width: number, height: number, background: string, fg: string): void {
  ctx.font = `500 ${NOTE_SIZE}px ${LABEL_FONT}`;
  const lines = wrapText(note, Math.min(width - 32, 1100), (s) => ctx.measureText(s).width).slice(0, 6);
  const top = height - 58 - lines.length * NOTE_LINE;
  ctx.globalAlpha = 0.88;
  ctx.fillStyle = background;
  ctx.fillRect(0, top - 10, width, height - top + 10);
  ctx.globalAlpha = 1;
  ctx.fillStyle = fg;
  ctx.textBaseline = "middle";
  lines.forEach((line, i) => ctx.fillText(line, 16, top + NOTE_LINE * i + NOTE_LINE / 2));
}
