// Edges batched by relation style (one path and one stroke per style), culled by the view,
// with arrowheads at the target's rim for directed relations. Large graphs write their
// edges into the pixel buffer instead; their arrowheads go on top after the nodes.
import { deviceCamera, screenX, screenY } from "../camera";
import { pointInRect, segmentMayCross } from "../culling";
import { packColor, rasterizeEdges } from "../rasterize";
import { nodeScreenRadius } from "../sceneIndex";
import type { Frame, Layer } from "./types";

export function edgeLineWidth(k: number): number {
  return Math.min(2.2, Math.max(0.5, 0.9 * Math.sqrt(k)));
}

export const edgesLayer: Layer = {
  id: "edges",
  surface: "graph",
  draw({ ctx, pixels }, frame) {
    if (pixels) return { edges: rasterizeEdges(pixels.target, rasterEdgeScene(frame)) };
    const edges = strokeEdges(ctx, frame);
    // on the map, the links across the border go above the others
    frame.map?.strokeCrossBorder(ctx, frame, edgeLineWidth(frame.camera.k) * 2.4);
    drawArrows(ctx, frame);
    return { edges };
  },
};

function rasterEdgeScene(frame: Frame) {
  const { graph, index, display, theme, themeName } = frame;
  const total = graph.edgeEnds.length / 2;
  const alpha = theme.edgeAlpha * (total > 12000 ? 0.4 : 0.65);
  return {
    camera: deviceCamera(frame.camera, frame.dpr),
    positions: frame.positions,
    edgeEnds: graph.edgeEnds,
    groups: [
      ...index.edgeStyles.map((style, g) => ({ edges: index.edgesByStyle[g]!, color: packColor(style[themeName], alpha) })),
      ...(frame.map?.crossBorderGroups(frame) ?? []),
    ],
    hidden: display.hidden,
    hiddenEdges: display.hiddenEdges,
    stride: frame.edgeStride,
  };
}

function strokeEdges(ctx: CanvasRenderingContext2D, frame: Frame): number {
  const drawn = strokeEdgePass(ctx, frame, false);
  return frame.display.faintEdges ? drawn + strokeEdgePass(ctx, frame, true) : drawn;
}

/** One stroke per relation style of the edges shown, the faint ones (see RenderDisplay) or the others. */
function strokeEdgePass(ctx: CanvasRenderingContext2D, frame: Frame, faint: boolean): number {
  const { camera: cam, graph, index, positions: p, display, view } = frame;
  const { hidden, hiddenEdges, faintEdges } = display;
  const ends = graph.edgeEnds;
  const dashed = ends.length / 2 < 5000 && cam.k > 0.5;
  let total = 0;
  ctx.lineCap = "round";
  ctx.lineWidth = edgeLineWidth(cam.k);
  ctx.globalAlpha = frame.theme.edgeAlpha * (faint ? 0.45 : 1);
  for (let g = 0; g < index.edgesByStyle.length; g++) {
    const list = index.edgesByStyle[g]!;
    ctx.beginPath();
    let drawn = 0;
    for (let j = 0; j < list.length; j += frame.edgeStride) {
      const e = list[j]!;
      const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
      if ((hidden && (hidden[a] || hidden[b])) || hiddenEdges?.[e] || Boolean(faintEdges?.[e]) !== faint) continue;
      const x1 = p[a * 2]!, y1 = p[a * 2 + 1]!, x2 = p[b * 2]!, y2 = p[b * 2 + 1]!;
      if (!segmentMayCross(x1, y1, x2, y2, view)) continue;
      ctx.moveTo(screenX(cam, x1), screenY(cam, y1));
      ctx.lineTo(screenX(cam, x2), screenY(cam, y2));
      drawn++;
    }
    if (!drawn) continue;
    total += drawn;
    const style = index.edgeStyles[g]!;
    ctx.strokeStyle = style[frame.themeName];
    ctx.setLineDash(faint ? [1, 4] : dashed ? style.dash : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  return total;
}

/** Arrowheads of directed relations, at the target's rim; only when every edge is drawn and the view is close enough. */
export function drawArrows(ctx: CanvasRenderingContext2D, frame: Frame): void {
  const { camera: cam, graph, index, positions: p, display, view } = frame;
  const total = graph.edgeEnds.length / 2;
  if (frame.edgeStride !== 1 || cam.k <= 0.35 || total >= 20000) return;
  const { hidden, hiddenEdges } = display;
  const ends = graph.edgeEnds;
  const size = Math.min(9, Math.max(4, 5 * Math.sqrt(cam.k)));
  ctx.globalAlpha = 0.8;
  for (let g = 0; g < index.edgesByStyle.length; g++) {
    const list = index.edgesByStyle[g]!;
    ctx.beginPath();
    let any = false;
    for (let j = 0; j < list.length; j++) {
      const e = list[j]!;
      if (!graph.directed[e]) continue;
      const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
      if (a === b || (hidden && (hidden[a] || hidden[b])) || hiddenEdges?.[e]) continue;
      if (!pointInRect(p[b * 2]!, p[b * 2 + 1]!, 0, view)) continue;
      const sx1 = screenX(cam, p[a * 2]!), sy1 = screenY(cam, p[a * 2 + 1]!);
      const sx2 = screenX(cam, p[b * 2]!), sy2 = screenY(cam, p[b * 2 + 1]!);
      const dx = sx2 - sx1, dy = sy2 - sy1;
      const len = Math.hypot(dx, dy);
      const rt = nodeScreenRadius(graph.radii[b]!, cam.k) + 1.5;
      if (len < rt + size * 2.5) continue;
      const ux = dx / len, uy = dy / len;
      const tipX = sx2 - ux * rt, tipY = sy2 - uy * rt;
      ctx.moveTo(tipX, tipY);
      ctx.lineTo(tipX - ux * size * 1.6 - uy * size * 0.7, tipY - uy * size * 1.6 + ux * size * 0.7);
      ctx.lineTo(tipX - ux * size * 1.6 + uy * size * 0.7, tipY - uy * size * 1.6 - ux * size * 0.7);
      ctx.closePath();
      any = true;
    }
    if (!any) continue;
    ctx.fillStyle = index.edgeStyles[g]![frame.themeName];
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}
