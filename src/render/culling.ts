// What is outside the view is not drawn: a point test for nodes and a bounding-box test
// for edge segments (an edge crossing the view with both ends outside is still drawn).
import type { Rect } from "./camera";

export function pointInRect(x: number, y: number, r: number, rect: Rect): boolean {
  return x + r >= rect.minX && x - r <= rect.maxX && y + r >= rect.minY && y - r <= rect.maxY;
}

export function segmentMayCross(x1: number, y1: number, x2: number, y2: number, rect: Rect): boolean {
  if ((x1 < rect.minX && x2 < rect.minX) || (x1 > rect.maxX && x2 > rect.maxX)) return false;
  if ((y1 < rect.minY && y2 < rect.minY) || (y1 > rect.maxY && y2 > rect.maxY)) return false;
  return true;
}
