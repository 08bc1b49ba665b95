// A software rasterizer for large graphs. With no GPU, the browser's canvas paths cost
// 3–10× more than writing the pixels ourselves: edges here are anti-aliased (Wu) lines
// blended into a 32-bit pixel buffer, nodes are stamped from cached coverage masks.
// Pure: it reads typed arrays and writes a Uint32Array, so it tests in node.
import { rgb } from "d3-color";
import type { Camera } from "./camera";
import { SHAPE_POINTS } from "../style/shapes";
import type { Shape } from "../style/palette";

/**
 * RGBA colour as four bytes, little-endian in a Uint32 (what ImageData holds): any CSS
 * colour d3-color reads, its own opacity times `alpha`; text that is no colour is black.
 * Called per style group and frame, not per pixel.
 */
export function packColor(color: string, alpha = 1): number {
  const { r, g, b, opacity } = rgb(color).clamp();
  const a = Math.round(Math.max(0, Math.min(1, alpha * opacity)) * 255);
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

export interface PixelTarget {
  data: Uint32Array;
  width: number;
  height: number;
}

/** Blends colour c (its own alpha scaled by coverage 0..256) into pixel i. */
function blend(data: Uint32Array, i: number, c: number, cover: number): void {
  const a = (((c >>> 24) * cover) >> 8) + 1;
  if (a <= 1) return;
  const d = data[i]!;
  const ia = 257 - a;
  const r = (((c & 255) * a + (d & 255) * ia) >> 8) & 255;
  const g = ((((c >> 8) & 255) * a + ((d >> 8) & 255) * ia) >> 8) & 255;
  const b = ((((c >> 16) & 255) * a + ((d >> 16) & 255) * ia) >> 8) & 255;
  data[i] = (0xff000000 | (b << 16) | (g << 8) | r) >>> 0;
}

/** An anti-aliased line (Xiaolin Wu), clipped to the target. */
export function drawLine(t: PixelTarget, x0: number, y0: number, x1: number, y1: number, c: number): void {
  const { data, width: w, height: h } = t;
  const steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
  if (steep) {
    [x0, y0] = [y0, x0];
    [x1, y1] = [y1, x1];
  }
  if (x0 > x1) {
    [x0, x1] = [x1, x0];
    [y0, y1] = [y1, y0];
  }
  const dx = x1 - x0;
  const gradient = dx < 1e-6 ? 1 : (y1 - y0) / dx;
  const limitX = steep ? h : w;
  const limitY = steep ? w : h;
  let start = Math.max(0, Math.round(x0));
  const end = Math.min(limitX - 1, Math.round(x1));
  if (start > end) return;
  let y = y0 + gradient * (start - x0);
  for (let x = start; x <= end; x++, y += gradient) {
    const yi = Math.floor(y);
    const f = y - yi;
    const c1 = ((1 - f) * 256) | 0;
    const c2 = 256 - c1;
    if (yi >= 0 && yi < limitY) blend(data, steep ? x * w + yi : yi * w + x, c, c1);
    if (yi + 1 >= 0 && yi + 1 < limitY) blend(data, steep ? x * w + yi + 1 : (yi + 1) * w + x, c, c2);
  }
  start = 0;
}

export interface Mask {
  size: number;
  /** coverage 0..256 per pixel, size × size, centred */
  cover: Uint16Array;
}

function inShape(shape: Shape, x: number, y: number): boolean {
  if (shape === "circle") return x * x + y * y <= 1;
  const pts = SHAPE_POINTS[shape];
  let inside = false;
  for (let i = 0, j = pts.length - 2; i < pts.length; j = i, i += 2) {
    const xi = pts[i]!, yi = pts[i + 1]!, xj = pts[j]!, yj = pts[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const masks = new Map<string, Mask>();
/** Coverage of a shape of screen radius r (4×4 supersampled), cached by shape and half-pixel size. */
export function shapeMask(shape: Shape, r: number, ring = 0): Mask {
  const rq = Math.max(0.5, Math.round(r * 2) / 2);
  const key = `${shape}:${rq}:${ring}`;
  const hit = masks.get(key);
  if (hit) return hit;
  const reach = rq * 1.4 + ring + 1;
  const size = Math.ceil(reach) * 2 + 1;
  const half = (size - 1) / 2;
  const cover = new Uint16Array(size * size);
  const S = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let n = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const x = (px - half + (sx + 0.5) / S - 0.5) / rq;
          const y = (py - half + (sy + 0.5) / S - 0.5) / rq;
          const inner = inShape(shape, x, y);
          if (ring === 0 ? inner : !inner && inShape(shape, (x * rq) / (rq + ring), (y * rq) / (rq + ring))) n++;
        }
      cover[py * size + px] = Math.round((n * 256) / (S * S));
    }
  const mask = { size, cover };
  if (masks.size > 4000) masks.clear();
  masks.set(key, mask);
  return mask;
}

export function stamp(t: PixelTarget, mask: Mask, cx: number, cy: number, c: number): void {
  const half = (mask.size - 1) / 2;
  const x0 = Math.round(cx) - half, y0 = Math.round(cy) - half;
  const { data, width: w, height: h } = t;
  for (let my = 0; my < mask.size; my++) {
    const y = y0 + my;
    if (y < 0 || y >= h) continue;
    for (let mx = 0; mx < mask.size; mx++) {
      const x = x0 + mx;
      if (x < 0 || x >= w) continue;
      const cov = mask.cover[my * mask.size + mx]!;
      if (cov) blend(data, y * w + x, c, cov);
    }
  }
}

export interface RasterEdges {
  /** the camera in device pixels */
  camera: Camera;
  positions: Float32Array;
  edgeEnds: Uint32Array;
  /** per style group: edge indices and their colour */
  groups: readonly { edges: Uint32Array; color: number }[];
  hidden: Uint8Array | null;
  hiddenEdges: Uint8Array | null;
  stride: number;
}

/** Blends every visible edge in view into the target; returns how many were drawn. */
export function rasterizeEdges(t: PixelTarget, s: RasterEdges): number {
  const { camera: cam, positions: p, edgeEnds: ends, hidden, hiddenEdges } = s;
  const maxX = t.width + 2, maxY = t.height + 2;
  let edges = 0;
  for (const group of s.groups) {
    const list = group.edges;
    for (let j = 0; j < list.length; j += s.stride) {
      const e = list[j]!;
      const a = ends[e * 2]!, b = ends[e * 2 + 1]!;
      if ((hidden && (hidden[a] || hidden[b])) || hiddenEdges?.[e]) continue;
      const x1 = p[a * 2]! * cam.k + cam.x, y1 = p[a * 2 + 1]! * cam.k + cam.y;
      const x2 = p[b * 2]! * cam.k + cam.x, y2 = p[b * 2 + 1]! * cam.k + cam.y;
      if ((x1 < -2 && x2 < -2) || (x1 > maxX && x2 > maxX) || (y1 < -2 && y2 < -2) || (y1 > maxY && y2 > maxY)) continue;
      if (!Number.isFinite(x1 + y1 + x2 + y2)) continue;
      drawLine(t, x1, y1, x2, y2, group.color);
      edges++;
    }
  }
  return edges;
}

export interface RasterNodes {
  /** the camera in device pixels */
  camera: Camera;
  positions: Float32Array;
  groups: readonly { nodes: Uint32Array; color: number; shape: Shape }[];
  radii: Float32Array;
  /** the node's radius in device pixels */
  deviceRadius(r: number): number;
  hidden: Uint8Array | null;
  /** colour of the ring around nodes, or null for none */
  outline: number | null;
  outlineWidth: number;
}

/** Stamps every visible node in view into the target; returns how many were drawn. */
export function rasterizeNodes(t: PixelTarget, s: RasterNodes): number {
  const { camera: cam, positions: p, hidden } = s;
  const maxX = t.width + 2, maxY = t.height + 2;
  let nodes = 0;
  for (const group of s.groups) {
    const list = group.nodes;
    for (let j = 0; j < list.length; j++) {
      const i = list[j]!;
      if (hidden && hidden[i]) continue;
      const x = p[i * 2]! * cam.k + cam.x, y = p[i * 2 + 1]! * cam.k + cam.y;
      const r = s.deviceRadius(s.radii[i]!);
      if (x < -r - 2 || y < -r - 2 || x > maxX + r || y > maxY + r || !Number.isFinite(x + y)) continue;
      if (s.outline !== null && r >= 3) stamp(t, shapeMask(group.shape, r, s.outlineWidth), x, y, s.outline);
      stamp(t, shapeMask(r < 1.5 ? "square" : group.shape, r), x, y, group.color);
      nodes++;
    }
  }
  return nodes;
}
