// The links across the Sichuan–Chongqing border, emphasised on the map: drawn after the
// other links, thicker and in one warm colour (a group of their own in raster mode).
import { screenX, screenY } from "../camera";
import { segmentMayCross } from "../culling";
import type { Frame } from "../layers/types";
import { packColor } from "../rasterize";
import { crossBorderColor } from "../../style/crossBorderColor";

const lists = new WeakMap<Uint8Array, Uint32Array>();

/** the indices of the flagged edges, worked out once per set of flags */
function flaggedEdges(flags: Uint8Array): Uint32Array {
  let list = lists.get(flags);
  if (!list) {
    const out: number[] = [];
    flags.forEach((f, k) => f && out.push(k));
    list = Uint32Array.from(out);
    lists.set(flags, list);
  }
  return list;
}

/** the raster group of the cross-border links */
export function crossBorderGroups(frame: Frame, flags: Uint8Array): { edges: Uint32Array; color: number }[] {
  return [{ edges: flaggedEdges(flags), color: packColor(crossBorderColor(frame.themeName), 0.95) }];
}

export function strokeCrossBorder(ctx: CanvasRenderingContext2D, frame: Frame, flags: Uint8Array, lineWidth: number): number {
  const { camera: cam, graph, positions: p, display, view } = frame;
  const { hidden, hiddenEdges } = display;
  const ends = graph.edgeEnds;
  let drawn = 0;
  ctx.beginPath();
  for (const e of flaggedEdges(flags)) {
    const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
    if ((hidden && (hidden[a] || hidden[b])) || hiddenEdges?.[e]) continue;
    const x1 = p[a * 2]!, y1 = p[a * 2 + 1]!, x2 = p[b * 2]!, y2 = p[b * 2 + 1]!;
    if (!segmentMayCross(x1, y1, x2, y2, view)) continue;
    ctx.moveTo(screenX(cam, x1), screenY(cam, y1));
    ctx.lineTo(screenX(cam, x2), screenY(cam, y2));
    drawn++;
  }
  if (!drawn) return 0;
  ctx.globalAlpha = 0.9;
  ctx.setLineDash([]);
  ctx.strokeStyle = crossBorderColor(frame.themeName);
  ctx.lineWidth = lineWidth;
  ctx.stroke();
  return drawn;
}
