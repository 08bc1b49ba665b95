// The map arrangement's drawing, loaded with the map (a chunk of its own, so the first
// render carries none of it): the base map under the links, and the links across the
// Sichuan–Chongqing border above the others.
import type { MapProvince, MapScene } from "../types";
import { crossBorderGroups, strokeCrossBorder } from "./crossBorder";
import { drawBaseMap } from "./drawBaseMap";

export { loadBaseMap } from "./baseMap";
export { crossBorderEdges, nodeGeo } from "../../model/geo";

export interface MapSceneInput {
  /** the province outlines in graph units; null when there are none to draw */
  provinces: readonly MapProvince[] | null;
  /** per edge: 1 for a link across the border */
  crossBorder: Uint8Array;
  lang: "zh" | "en";
}

export function createMapScene({ provinces, crossBorder, lang }: MapSceneInput): MapScene {
  return {
    drawBase: (target, frame) => drawBaseMap(target, frame, provinces, lang),
    strokeCrossBorder: (ctx, frame, lineWidth) => void strokeCrossBorder(ctx, frame, crossBorder, lineWidth),
    crossBorderGroups: (frame) => crossBorderGroups(frame, crossBorder),
  };
}
