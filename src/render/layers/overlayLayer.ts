// What the view emphasises, drawn over the graph without redrawing it: with a focus
// (hover or selection and its neighbours) a veil in the background colour dims everything,
// then the focus's edges, nodes and labels are drawn again on top; rings mark the selected
// and the hovered node. An emphasis (a path, a story step) is drawn the same way and stays
// under the hover's focus; a change of emphasis cross-fades (the frame's emphasisFade).
import { screenX, screenY } from "../camera";
import { edgeStyleOf } from "../../style/palette";
import { nodeScreenRadius } from "../sceneIndex";
import { edgeLineWidth } from "./edgesLayer";
import { createLabelPass } from "./labelPass";
import { fillNodes } from "./nodesLayer";
import type { Emphasis } from "../types";
import type { Frame, Layer } from "./types";

export const overlayLayer: Layer = {
  id: "overlay",
  surface: "overlay",
  draw({ ctx }, frame) {
    const { display, graph } = frame;
    const { focus, emphasis } = display;
    const fade = frame.emphasisFade && frame.emphasisFade.t < 1 ? frame.emphasisFade : null;
    const t = fade ? fade.t : 1;
    let nodes = 0, edges = 0, labels = 0, unfinished = false;
    const veil = focus ? 1 : emphasis ? (fade && !fade.from ? t : 1) : fade?.from ? 1 - t : 0;
    if (veil > 0) {
      ctx.globalAlpha = (display.veil ?? 1 - (frame.theme.dimAlpha + 0.1)) * veil;
      ctx.fillStyle = frame.theme.background;
      ctx.fillRect(0, 0, frame.width, frame.height);
    }
    if (fade?.from) {
      edges += strokeEdges(ctx, frame, emphasisEdges(frame, fade.from), 1 - t);
      nodes += fillNodes(ctx, frame, fade.from.nodes, 1 - t);
    }
    if (emphasis) {
      edges += strokeEdges(ctx, frame, emphasisEdges(frame, emphasis), t);
      nodes += fillNodes(ctx, frame, emphasis.nodes, t);
    }
    if (focus) {
      edges += strokeEdges(ctx, frame, focusEdges(frame, focus));
      nodes += fillNodes(ctx, frame, focus, 1);
    }
    drawRings(ctx, frame);
    if (frame.maxLabels > 0) {
      const pass = createLabelPass(ctx, frame, () => false);
      const first = [display.selected, display.hovered].filter((i) => i >= 0 && i < graph.nodeCount);
      if (emphasis) reserveDiscs(pass, frame, emphasis.nodes);
      for (const i of first) pass.offer(i, true);
      if (emphasis) offerLabels(pass, frame, emphasis.nodes, first, true);
      if (focus) offerLabels(pass, frame, focus, first, false);
      pass.finish();
      labels = pass.placed();
      unfinished = pass.incomplete();
    }
    return { nodes, edges, labels, unfinished };
  },
};

function offerLabels(pass: ReturnType<typeof createLabelPass>, frame: Frame, only: Uint8Array, first: number[], eitherSide: boolean): void {
  const order = frame.index.labelOrder;
  for (let j = 0; j < order.length && pass.placed() < frame.maxLabels; j++) {
    const i = order[j]!;
    if (only[i] && !first.includes(i)) pass.offer(i, false, eitherSide);
  }
}

/** The emphasised nodes' discs, which their neighbours' labels keep clear of. */
function reserveDiscs(pass: ReturnType<typeof createLabelPass>, frame: Frame, only: Uint8Array): void {
  const { camera: cam, graph, positions: p, display } = frame;
  for (let i = 0; i < graph.nodeCount; i++) {
    if (!only[i] || display.hidden?.[i]) continue;
    const sr = nodeScreenRadius(graph.radii[i]!, cam.k);
    pass.grid.reserve({ x: screenX(cam, p[i * 2]!) - sr, y: screenY(cam, p[i * 2 + 1]!) - sr, w: sr * 2, h: sr * 2 });
  }
}

/** The edges of the hovered and the selected node within the focus. */
function* focusEdges(frame: Frame, focus: Uint8Array): Iterable<number> {
  const { graph, index, display } = frame;
  const ends = graph.edgeEnds;
  for (const centre of new Set([display.hovered, display.selected])) {
    if (centre < 0 || centre >= graph.nodeCount || !focus[centre]) continue;
    for (let j = index.incidentStart[centre]!; j < index.incidentStart[centre + 1]!; j++) {
      const e = index.incidentEdges[j]!;
      if (focus[ends[e * 2]!] && focus[ends[e * 2 + 1]!]) yield e;
    }
  }
}

function* emphasisEdges(frame: Frame, emphasis: Emphasis): Iterable<number> {
  const count = frame.graph.edgeEnds.length / 2;
  for (let e = 0; e < count; e++) if (emphasis.edges[e]) yield e;
}

/** Edges drawn again at full strength in their relation's colour, unless a filter hides them. */
function strokeEdges(ctx: CanvasRenderingContext2D, frame: Frame, edges: Iterable<number>, alpha = 1): number {
  const { camera: cam, graph, positions: p, display } = frame;
  const ends = graph.edgeEnds;
  let drawn = 0;
  ctx.globalAlpha = 0.95 * alpha;
  ctx.lineWidth = edgeLineWidth(cam.k) * 1.8;
  ctx.lineCap = "round";
  for (const e of edges) {
    const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
    if (display.hidden?.[a] || display.hidden?.[b] || display.hiddenEdges?.[e]) continue;
    ctx.beginPath();
    ctx.strokeStyle = edgeStyleOf(graph.edgeTypes[e] ?? "")[frame.themeName];
    ctx.moveTo(screenX(cam, p[a * 2]!), screenY(cam, p[a * 2 + 1]!));
    ctx.lineTo(screenX(cam, p[b * 2]!), screenY(cam, p[b * 2 + 1]!));
    ctx.stroke();
    drawn++;
  }
  ctx.globalAlpha = 1;
  return drawn;
}

function drawRings(ctx: CanvasRenderingContext2D, frame: Frame): void {
  const { camera: cam, graph, positions: p, display } = frame;
  for (const [i, width] of [
    [display.selected, 2.5],
    [display.hovered, 1.5],
  ] as const) {
    if (i < 0 || i >= graph.nodeCount || display.hidden?.[i]) continue;
    const sr = nodeScreenRadius(graph.radii[i]!, cam.k);
    const x = screenX(cam, p[i * 2]!), y = screenY(cam, p[i * 2 + 1]!);
    ctx.beginPath();
    ctx.moveTo(x + sr + 4, y);
    ctx.arc(x, y, sr + 4, 0, 2 * Math.PI);
    ctx.lineWidth = width;
    ctx.strokeStyle = frame.theme.selection;
    ctx.stroke();
  }
}
