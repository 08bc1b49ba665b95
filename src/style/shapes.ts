// Node shapes as sub-paths added to the current path, so one fill draws every node of a
// style. Each shape is scaled to the same visual area as a circle of radius r.
import type { Shape } from "./palette";

export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  closePath(): void;
}

const polygon = (sides: number, rotation: number) => {
  const pts: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (i * 2 * Math.PI) / sides;
    pts.push(Math.cos(a), Math.sin(a));
  }
  // scale so that the polygon's area equals the unit circle's
  const area = 0.5 * sides * Math.sin((2 * Math.PI) / sides);
  const s = Math.sqrt(Math.PI / area);
  return pts.map((v) => v * s);
};

const star = (() => {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 ? 0.55 : 1.35;
    pts.push(Math.cos(a) * r, Math.sin(a) * r);
  }
  return pts;
})();

export const SHAPE_POINTS: Record<Exclude<Shape, "circle">, readonly number[]> = {
  square: polygon(4, Math.PI / 4),
  diamond: polygon(4, 0).map((v, i) => (i % 2 ? v * 1.15 : v * 0.87)),
  triangle: polygon(3, -Math.PI / 2).map((v, i) => (i % 2 ? v + 0.2 : v)),
  "triangle-down": polygon(3, Math.PI / 2).map((v, i) => (i % 2 ? v - 0.2 : v)),
  hexagon: polygon(6, 0),
  pentagon: polygon(5, -Math.PI / 2),
  star,
};

export function traceShape(ctx: PathSink, shape: Shape, x: number, y: number, r: number): void {
  if (shape === "circle") {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  const pts = SHAPE_POINTS[shape];
  ctx.moveTo(x + pts[0]! * r, y + pts[1]! * r);
  for (let i = 2; i < pts.length; i += 2) ctx.lineTo(x + pts[i]! * r, y + pts[i + 1]! * r);
  ctx.closePath();
}

/** An SVG path string for a shape centred at (x, y): the legend and the SVG export use it. */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  if (shape === "circle") return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  const pts = SHAPE_POINTS[shape];
  let d = "";
  for (let i = 0; i < pts.length; i += 2) d += `${i ? "L" : "M"}${(x + pts[i]! * r).toFixed(2)},${(y + pts[i + 1]! * r).toFixed(2)}`;
  return `${d}Z`;
}
