// Graph space and screen space are distinct branded types; only this module converts
// between them. A camera is d3-zoom's transform: screen = graph * k + (x, y).
import { interpolateZoom } from "d3-interpolate";

declare const graphSpace: unique symbol;
declare const screenSpace: unique symbol;
export type GraphPoint = { readonly x: number; readonly y: number; readonly [graphSpace]: true };
export type ScreenPoint = { readonly x: number; readonly y: number; readonly [screenSpace]: true };

export const graphPoint = (x: number, y: number) => ({ x, y }) as GraphPoint;
export const screenPoint = (x: number, y: number) => ({ x, y }) as ScreenPoint;

export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** A camera as a person would note it: the graph point at the centre of the view, and the zoom. */
export interface ViewCentre {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}


export function toScreen(cam: Camera, p: GraphPoint): ScreenPoint {
  return screenPoint(p.x * cam.k + cam.x, p.y * cam.k + cam.y);
}

export function toGraph(cam: Camera, p: ScreenPoint): GraphPoint {
  return graphPoint((p.x - cam.x) / cam.k, (p.y - cam.y) / cam.k);
}

/** The part of graph space a viewport of width × height shows, grown by margin screen pixels. */
export function visibleGraphRect(cam: Camera, width: number, height: number, margin = 0): Rect {
  return {
    minX: (-margin - cam.x) / cam.k,
    minY: (-margin - cam.y) / cam.k,
    maxX: (width + margin - cam.x) / cam.k,
    maxY: (height + margin - cam.y) / cam.k,
  };
}

/** Bounds of finite positions (stride 2); null when there are none. */
export function positionBounds(positions: Float32Array, radii?: Float32Array): Rect | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    const x = positions[i]!, y = positions[i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const r = radii?.[i / 2] ?? 0;
    if (x - r < minX) minX = x - r;
    if (y - r < minY) minY = y - r;
    if (x + r > maxX) maxX = x + r;
    if (y + r > maxY) maxY = y + r;
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}

export interface Padding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The camera that shows the whole rect inside the viewport with padding on each side. */
export function fitCamera(rect: Rect, width: number, height: number, padding: number | Padding = 40, maxK = 4): Camera {
  const pad = typeof padding === "number" ? { left: padding, right: padding, top: padding, bottom: padding } : padding;
  const w = Math.max(rect.maxX - rect.minX, 1e-6);
  const h = Math.max(rect.maxY - rect.minY, 1e-6);
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  const k = Math.min(maxK, Math.max(1e-4, Math.min(innerW / w, innerH / h)));
  const cx = (rect.minX + rect.maxX) / 2;
  const cy = (rect.minY + rect.maxY) / 2;
  return { k, x: pad.left + innerW / 2 - cx * k, y: pad.top + innerH / 2 - cy * k };
}

/** Zooms by factor about a screen point, which stays where it is. */
export function zoomAbout(cam: Camera, factor: number, at: ScreenPoint): Camera {
  const k = cam.k * factor;
  return { k, x: at.x - (at.x - cam.x) * factor, y: at.y - (at.y - cam.y) * factor };
}

/** The camera that puts a graph point at the centre of the viewport at zoom k. */
export function centreOn(p: GraphPoint, width: number, height: number, k: number): Camera {
  return { k, x: width / 2 - p.x * k, y: height / 2 - p.y * k };
}

/** Screen coordinates of graph coordinates, as plain numbers for the drawing loops. */
export const screenX = (cam: Camera, x: number): number => x * cam.k + cam.x;
export const screenY = (cam: Camera, y: number): number => y * cam.k + cam.y;

/** The same camera measured in device pixels (for the pixel buffer of the rasterizer). */
export function deviceCamera(cam: Camera, dpr: number): Camera {
  return { x: cam.x * dpr, y: cam.y * dpr, k: cam.k * dpr };
}

/**
 * A smooth path from one camera to another (van Wijk and Nuij's zoom-and-pan, d3's
 * interpolateZoom), with the duration it recommends, in ms.
 */
export function cameraPath(from: Camera, to: Camera, width: number, height: number): { at(t: number): Camera; duration: number } {
  const view = (c: Camera): [number, number, number] => [(width / 2 - c.x) / c.k, (height / 2 - c.y) / c.k, width / c.k];
  const path = interpolateZoom(view(from), view(to));
  return {
    duration: path.duration,
    at(t) {
      if (t >= 1) return to;
      const [cx, cy, w] = path(t);
      const k = width / w;
      return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
    },
  };
}
