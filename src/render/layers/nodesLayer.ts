// Nodes batched by shape and colour (one path and one fill per style), culled by the view,
// outlined when large enough. Large graphs stamp them into the pixel buffer, which is then
// put on the canvas, and the arrowheads go on top.
import { deviceCamera, screenX, screenY } from "../camera";
import { pointInRect } from "../culling";
import { packColor, rasterizeNodes } from "../rasterize";
import { nodeScreenRadius } from "../sceneIndex";
import { traceShape } from "../../style/shapes";
import { drawArrows } from "./edgesLayer";
import type { Frame, Layer } from "./types";

export const nodesLayer: Layer = {
  id: "nodes",
  surface: "graph",
  draw({ ctx, pixels }, frame) {
    if (!pixels) return { nodes: fillNodes(ctx, frame, null, 1) };
    const nodes = rasterizeNodes(pixels.target, rasterNodeScene(frame));
    pixels.put();
    drawArrows(ctx, frame);
    return { nodes };
  },
};

const outlined = (k: number) => k * 6 > 4;

function rasterNodeScene(frame: Frame) {
  const { camera, dpr, index, themeName, theme } = frame;
  return {
    camera: deviceCamera(camera, dpr),
    positions: frame.positions,
    groups: index.nodeStyles.map((style, g) => ({ nodes: index.nodesByStyle[g]!, shape: style.shape, color: packColor(style[themeName]) })),
    radii: frame.graph.radii,
    deviceRadius: (r: number) => nodeScreenRadius(r, camera.k) * dpr,
    hidden: frame.display.hidden,
    outline: outlined(camera.k) ? packColor(theme.nodeOutline) : null,
    outlineWidth: Math.max(1, dpr),
  };
}

/**
 * Fills the nodes in view, style by style; with `only`, just the nodes flagged there
 * (the overlay redraws the emphasised ones this way). Returns how many were drawn.
 */
export function fillNodes(ctx: CanvasRenderingContext2D, frame: Frame, only: Uint8Array | null, alpha: number): number {
  const { camera: cam, graph, index, positions: p, display, view } = frame;
  const hidden = display.hidden;
  let total = 0;
  for (let g = 0; g < index.nodesByStyle.length; g++) {
    const list = index.nodesByStyle[g]!;
    ctx.beginPath();
    let drawn = 0;
    for (let j = 0; j < list.length; j++) {
      const i = list[j]!;
      if ((hidden && hidden[i]) || (only && !only[i])) continue;
      const x = p[i * 2]!, y = p[i * 2 + 1]!, r = graph.radii[i]!;
      if (!pointInRect(x, y, r, view)) continue;
      const sx = screenX(cam, x), sy = screenY(cam, y), sr = nodeScreenRadius(r, cam.k);
      if (sr < 1.6) ctx.rect(sx - sr, sy - sr, sr * 2, sr * 2);
      else traceShape(ctx, index.nodeStyles[g]!.shape, sx, sy, sr);
      drawn++;
    }
    if (!drawn) continue;
    total += drawn;
    ctx.globalAlpha = alpha;
    ctx.fillStyle = index.nodeStyles[g]![frame.themeName];
    ctx.fill();
    if (outlined(cam.k)) {
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = frame.theme.nodeOutline;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  return total;
}
