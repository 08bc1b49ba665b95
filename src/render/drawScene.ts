// One full frame: edges batched by style, arrows, nodes batched by shape and colour,
// rings, then labels placed without overlap. Only what is in view is drawn; while things
// move, a large graph draws a sample of its edges (the picture at rest draws them all).
import { visibleGraphRect, type Camera } from "./camera";
import { pointInRect, segmentMayCross } from "./culling";
import { createLabelGrid } from "./labels";
import { edgeStyleOf, nodeStyleOf, THEMES, type EdgeStyle, type NodeStyle } from "../style/palette";
import { traceShape } from "../style/shapes";
import { packColor, rasterizeScene } from "./rasterize";
import type { RenderDisplay, RenderGraph } from "./types";

export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Per-graph groupings, computed once per setGraph. */
export interface SceneIndex {
  nodeStyles: NodeStyle[];
  nodesByStyle: Uint32Array[];
  edgeStyles: EdgeStyle[];
  edgesByStyle: Uint32Array[];
  labelOrder: Uint32Array;
}

function groupBy(count: number, keyOf: (i: number) => string) {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  }
  return groups;
}

export function createSceneIndex(graph: RenderGraph, labelOrder: Uint32Array): SceneIndex {
  const nodeGroups = groupBy(graph.nodeCount, (i) => graph.nodeTypes[i] ?? "");
  const edgeGroups = groupBy(graph.edgeEnds.length / 2, (k) => graph.edgeTypes[k] ?? "");
  return {
    nodeStyles: [...nodeGroups.keys()].map(nodeStyleOf),
    nodesByStyle: [...nodeGroups.values()].map((l) => Uint32Array.from(l)),
    edgeStyles: [...edgeGroups.keys()].map(edgeStyleOf),
    edgesByStyle: [...edgeGroups.values()].map((l) => Uint32Array.from(l)),
    labelOrder,
  };
}

export interface SceneInput {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  dpr: number;
  camera: Camera;
  graph: RenderGraph;
  index: SceneIndex;
  positions: Float32Array;
  display: RenderDisplay;
  /** draw at most this many edges (a sample), for frames in motion */
  edgeBudget: number;
  /** the largest number of labels to place */
  maxLabels: number;
  /** draw edges and nodes with the software rasterizer (large graphs) */
  raster: boolean;
}

/** Graphs from this size on are drawn by the software rasterizer: canvas paths would cost too much. */
export function prefersRaster(graph: RenderGraph): boolean {
  return graph.nodeCount > 1500 || graph.edgeEnds.length / 2 > 3000;
}

const imageCache = new WeakMap<CanvasRenderingContext2D, ImageData>();
function pixelsFor(ctx: CanvasRenderingContext2D): ImageData {
  const { width, height } = ctx.canvas;
  let img = imageCache.get(ctx);
  if (!img || img.width !== width || img.height !== height) {
    img = ctx.createImageData(width, height);
    imageCache.set(ctx, img);
  }
  return img;
}

export interface SceneStats {
  nodes: number;
  edges: number;
  labels: number;
}

export function nodeScreenRadius(r: number, k: number): number {
  return Math.max(1.2, r * k);
}

export function drawScene(s: SceneInput): SceneStats {
  const { ctx, width, height, dpr, camera: cam, graph, index, positions: p, display } = s;
  const theme = THEMES[display.theme];
  const k = cam.k;
  const rect = visibleGraphRect(cam, width, height, 24);
  const hidden = display.hidden;
  const hiddenEdges = display.hiddenEdges;
  const focus = display.focus;
  const stats: SceneStats = { nodes: 0, edges: 0, labels: 0 };

  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);

  const totalEdges = graph.edgeEnds.length / 2;
  const stride = Math.max(1, Math.ceil(totalEdges / Math.max(1, s.edgeBudget)));
  const ends = graph.edgeEnds;
  const isEmphasised = (a: number, b: number) =>
    Boolean(focus && focus[a] && focus[b] && (a === display.hovered || b === display.hovered || a === display.selected || b === display.selected));
  const emphasised: number[] = [];
  if (s.raster) {
    const img = pixelsFor(ctx);
    const target = { data: new Uint32Array(img.data.buffer), width: img.width, height: img.height };
    const r = rasterizeScene(target, packColor(theme.background), {
      camera: cam, dpr, positions: p, edgeEnds: ends, radii: graph.radii, hidden, hiddenEdges, focus, stride,
      edgeGroups: index.edgeStyles.map((st, g) => ({ edges: index.edgesByStyle[g]!, color: packColor(st[display.theme], theme.edgeAlpha * (totalEdges > 12000 ? 0.4 : 0.65)) })),
      nodeGroups: index.nodeStyles.map((st, g) => ({
        nodes: index.nodesByStyle[g]!, shape: st.shape,
        color: packColor(st[display.theme]), dimColor: packColor(st[display.theme], theme.dimAlpha + 0.1),
      })),
      screenRadius: nodeScreenRadius,
      skipEdge: focus ? (e) => {
        const hit = isEmphasised(ends[e * 2]!, ends[e * 2 + 1]!);
        if (hit) emphasised.push(e);
        return hit;
      } : undefined,
      dimEdgeColor: (c) => ((c & 0x00ffffff) | (Math.round(255 * theme.dimAlpha * 0.6) << 24)) >>> 0,
      outline: k * 6 > 4 ? packColor(theme.nodeOutline) : null,
    });
    ctx.putImageData(img, 0, 0);
    stats.nodes += r.nodes;
    stats.edges += r.edges;
  }

  // ---- edges
  const lineWidth = Math.min(2.2, Math.max(0.5, 0.9 * Math.sqrt(k)));
  const showArrows = stride === 1 && k > 0.35 && totalEdges < 20000;
  if (!s.raster) {
  const dashed = totalEdges < 5000;
  ctx.lineCap = "round";
  for (let g = 0; g < index.edgesByStyle.length; g++) {
    const list = index.edgesByStyle[g]!;
    const style = index.edgeStyles[g]!;
    ctx.beginPath();
    let drawn = 0;
    for (let j = 0; j < list.length; j += stride) {
      const e = list[j]!;
      const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
      if ((hidden && (hidden[a] || hidden[b])) || hiddenEdges?.[e]) continue;
      const x1 = p[a * 2]!, y1 = p[a * 2 + 1]!, x2 = p[b * 2]!, y2 = p[b * 2 + 1]!;
      if (!segmentMayCross(x1, y1, x2, y2, rect)) continue;
      if (isEmphasised(a, b)) {
        emphasised.push(e);
        continue;
      }
      ctx.moveTo(x1 * k + cam.x, y1 * k + cam.y);
      ctx.lineTo(x2 * k + cam.x, y2 * k + cam.y);
      drawn++;
    }
    if (!drawn) continue;
    stats.edges += drawn;
    ctx.globalAlpha = focus ? theme.dimAlpha * 0.7 : theme.edgeAlpha;
    ctx.strokeStyle = style[display.theme];
    ctx.lineWidth = lineWidth;
    ctx.setLineDash(dashed && k > 0.5 ? style.dash : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  }

  if (emphasised.length) {
    ctx.globalAlpha = 0.95;
    ctx.lineWidth = lineWidth * 1.8;
    for (const e of emphasised) {
      const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
      ctx.beginPath();
      ctx.strokeStyle = edgeStyleOf(graph.edgeTypes[e] ?? "")[display.theme];
      ctx.moveTo(p[a * 2]! * k + cam.x, p[a * 2 + 1]! * k + cam.y);
      ctx.lineTo(p[b * 2]! * k + cam.x, p[b * 2 + 1]! * k + cam.y);
      ctx.stroke();
    }
    stats.edges += emphasised.length;
  }

  // ---- arrowheads of directed relations, at the target's rim
  if (showArrows) {
    const size = Math.min(9, Math.max(4, 5 * Math.sqrt(k)));
    for (let g = 0; g < index.edgesByStyle.length; g++) {
      const list = index.edgesByStyle[g]!;
      ctx.beginPath();
      let any = false;
      for (let j = 0; j < list.length; j++) {
        const e = list[j]!;
        if (!graph.directed[e]) continue;
        const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
        if (a === b || (hidden && (hidden[a] || hidden[b])) || hiddenEdges?.[e]) continue;
        const tx = p[b * 2]!, ty = p[b * 2 + 1]!;
        if (!pointInRect(tx, ty, 0, rect)) continue;
        const sx1 = p[a * 2]! * k + cam.x, sy1 = p[a * 2 + 1]! * k + cam.y;
        const sx2 = tx * k + cam.x, sy2 = ty * k + cam.y;
        const dx = sx2 - sx1, dy = sy2 - sy1;
        const len = Math.hypot(dx, dy);
        const rt = nodeScreenRadius(graph.radii[b]!, k) + 1.5;
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
      ctx.globalAlpha = focus ? theme.dimAlpha : 0.8;
      ctx.fillStyle = index.edgeStyles[g]![display.theme];
      ctx.fill();
    }
  }

  // ---- nodes: dimmed ones first, then the emphasised on top
  const outline = k * 6 > 4;
  for (const pass of s.raster ? [] : focus ? [0, 1] : [1]) {
    for (let g = 0; g < index.nodesByStyle.length; g++) {
      const list = index.nodesByStyle[g]!;
      const style = index.nodeStyles[g]!;
      ctx.beginPath();
      let drawn = 0;
      for (let j = 0; j < list.length; j++) {
        const i = list[j]!;
        if (hidden && hidden[i]) continue;
        if (focus && (focus[i] ? 1 : 0) !== pass) continue;
        const x = p[i * 2]!, y = p[i * 2 + 1]!;
        const r = graph.radii[i]!;
        if (!pointInRect(x, y, r, rect)) continue;
        const sx = x * k + cam.x, sy = y * k + cam.y, sr = nodeScreenRadius(r, k);
        if (sr < 1.6) ctx.rect(sx - sr, sy - sr, sr * 2, sr * 2);
        else traceShape(ctx, style.shape, sx, sy, sr);
        drawn++;
      }
      if (!drawn) continue;
      stats.nodes += drawn;
      ctx.globalAlpha = pass ? 1 : theme.dimAlpha + 0.1;
      ctx.fillStyle = style[display.theme];
      ctx.fill();
      if (outline) {
        ctx.lineWidth = 1.2;
        ctx.strokeStyle = theme.nodeOutline;
        ctx.stroke();
      }
    }
  }
  ctx.globalAlpha = 1;

  // ---- rings on the selected and the hovered node
  for (const [i, width_] of [
    [display.selected, 2.5],
    [display.hovered, 1.5],
  ] as const) {
    if (i < 0 || i >= graph.nodeCount || (hidden && hidden[i])) continue;
    const sr = nodeScreenRadius(graph.radii[i]!, k);
    ctx.beginPath();
    ctx.arc(p[i * 2]! * k + cam.x, p[i * 2 + 1]! * k + cam.y, sr + 4, 0, 2 * Math.PI);
    ctx.lineWidth = width_;
    ctx.strokeStyle = theme.selection;
    ctx.stroke();
  }

  stats.labels = drawLabels(s, rect);
  return stats;
}

// Text widths scale with the font size: each label is measured once per weight, at 16 px,
// so placing labels every frame costs no measureText call (which is slow in software).
const widths = new Map<string, number>();
function textWidth(ctx: CanvasRenderingContext2D, text: string, size: number, bold: boolean): number {
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

function drawLabels(s: SceneInput, rect: ReturnType<typeof visibleGraphRect>): number {
  const { ctx, width, height, camera: cam, graph, index, positions: p, display } = s;
  if (s.maxLabels <= 0) return 0;
  const theme = THEMES[display.theme];
  const k = cam.k;
  const grid = createLabelGrid(width, height, 48);
  const firsts = [display.selected, display.hovered].filter((i) => i >= 0 && i < graph.nodeCount);
  const maxImportance = graph.importance[index.labelOrder[0] ?? 0] ?? 1;
  const budget = Math.min(graph.nodeCount, 4000);
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  let placed = 0;
  let lastFont = "";
  const crowded = graph.nodeCount > 1000;
  let j = 0;
  const consider = (i: number, forced: boolean) => {
    if (display.hidden?.[i]) return;
    const label = display.labels[i];
    if (!label) return;
    const x = p[i * 2]!, y = p[i * 2 + 1]!;
    if (!pointInRect(x, y, 0, rect)) return;
    const sr = nodeScreenRadius(graph.radii[i]!, k);
    const weight = Math.sqrt((graph.importance[i] ?? 0) / (maxImportance || 1));
    // level of detail: when zoomed out only the most important nodes of a large graph are named
    if (!forced && sr < (crowded ? 5 : 2.5) && (crowded ? j >= 40 : weight < 0.6)) return;
    const size = Math.round(Math.min(17, 11 + 6 * weight + (forced ? 1 : 0)));
    const bold = forced || weight > 0.5;
    const w = textWidth(ctx, label, size, bold);
    const sx = x * k + cam.x, sy = y * k + cam.y;
    const box = { x: sx + sr + 3, y: sy - size * 0.65, w: w + 4, h: size * 1.3 };
    if (!grid.tryPlace(box) && !forced) return;
    const font = `${bold ? 600 : 400} ${size}px ${LABEL_FONT}`;
    if (font !== lastFont) {
      ctx.font = font;
      lastFont = font;
    }
    const dim = display.focus && !display.focus[i];
    ctx.globalAlpha = dim ? 0.35 : 1;
    ctx.strokeStyle = theme.labelHalo;
    ctx.lineWidth = 3.5;
    ctx.strokeText(label, box.x + 1, sy);
    ctx.fillStyle = theme.label;
    ctx.fillText(label, box.x + 1, sy);
    placed++;
  };
  for (const i of firsts) consider(i, true);
  if (display.focus) for (let i = 0; i < graph.nodeCount && placed < s.maxLabels; i++) if (display.focus[i] && !firsts.includes(i)) consider(i, false);
  for (j = 0; j < budget && placed < s.maxLabels; j++) {
    const i = index.labelOrder[j]!;
    if (!firsts.includes(i)) consider(i, false);
  }
  ctx.globalAlpha = 1;
  return placed;
}
