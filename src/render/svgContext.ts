// A stand-in for the canvas 2D context that writes SVG: the scene is exported by running
// the very code that draws it on screen, so the SVG shows what the canvas shows. It knows
// only the calls the layers make. Text is escaped: nothing from a file becomes markup.
export interface SvgContext {
  ctx: CanvasRenderingContext2D;
  body(): string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const n = (v: number) => (Math.round(v * 100) / 100).toString();

export function createSvgContext(width: number, height: number, measure: (font: string, text: string) => number): SvgContext {
  const out: string[] = [];
  let path: string[] = [];
  let dash: number[] = [];
  const state = {
    fillStyle: "#000" as string,
    strokeStyle: "#000" as string,
    lineWidth: 1,
    globalAlpha: 1,
    font: "12px sans-serif",
    textBaseline: "alphabetic",
    lineCap: "butt",
    lineJoin: "miter",
  };
  // the drawing code assigns these on ctx: read them there, never from the initial state
  const opacity = () => (ctx.globalAlpha < 1 ? ` opacity="${n(ctx.globalAlpha)}"` : "");
  const fontAttrs = () => {
    const m = /^(\d{3}|bold|normal)?\s*(\d+(?:\.\d+)?)px\s+(.*)$/.exec(ctx.font);
    return m ? ` font-weight="${m[1] ?? 400}" font-size="${m[2]}" font-family="${esc(m[3]!)}"` : "";
  };
  const ctx = {
    canvas: { width, height },
    ...state,
    setTransform() {},
    setLineDash(d: number[]) {
      dash = d;
    },
    beginPath() {
      path = [];
    },
    moveTo(x: number, y: number) {
      path.push(`M${n(x)} ${n(y)}`);
    },
    lineTo(x: number, y: number) {
      path.push(`L${n(x)} ${n(y)}`);
    },
    closePath() {
      path.push("Z");
    },
    arc(x: number, y: number, r: number) {
      // the layers draw only full circles, after a moveTo(x + r, y)
      path.push(`A${n(r)} ${n(r)} 0 1 0 ${n(x - r)} ${n(y)}A${n(r)} ${n(r)} 0 1 0 ${n(x + r)} ${n(y)}`);
    },
    rect(x: number, y: number, w: number, h: number) {
      path.push(`M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`);
    },
    fillRect(x: number, y: number, w: number, h: number) {
      out.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${esc(ctx.fillStyle)}"${opacity()}/>`);
    },
    fill() {
      if (path.length) out.push(`<path d="${path.join("")}" fill="${esc(ctx.fillStyle)}"${opacity()}/>`);
    },
    stroke() {
      if (!path.length) return;
      const dashAttr = dash.length ? ` stroke-dasharray="${dash.join(" ")}"` : "";
      out.push(
        `<path d="${path.join("")}" fill="none" stroke="${esc(ctx.strokeStyle)}" stroke-width="${n(ctx.lineWidth)}" stroke-linecap="${ctx.lineCap}"${dashAttr}${opacity()}/>`,
      );
    },
    measureText(text: string) {
      return { width: measure(ctx.font, text) };
    },
    fillText(text: string, x: number, y: number) {
      out.push(`<text x="${n(x)}" y="${n(y)}"${fontAttrs()} dominant-baseline="central" fill="${esc(ctx.fillStyle)}"${opacity()}>${esc(text)}</text>`);
    },
    strokeText(text: string, x: number, y: number) {
      out.push(
        `<text x="${n(x)}" y="${n(y)}"${fontAttrs()} dominant-baseline="central" fill="none" stroke="${esc(ctx.strokeStyle)}" stroke-width="${n(ctx.lineWidth)}" stroke-linejoin="round"${opacity()}>${esc(text)}</text>`,
      );
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, body: () => out.join("\n") };
}

/** A whole SVG document around a body, with a title and a source line at the foot. */
export function svgDocument(width: number, height: number, body: string, title: string, caption: string, colors: { fg: string; muted: string }, font: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${esc(title)}</title>`,
    body,
    `<text x="16" y="${height - 34}" font-size="18" font-weight="700" font-family="${esc(font)}" fill="${esc(colors.fg)}">${esc(title)}</text>`,
    `<text x="16" y="${height - 14}" font-size="12" font-family="${esc(font)}" fill="${esc(colors.muted)}">${esc(caption)}</text>`,
    "</svg>",
  ].join("\n");
}
