// The map arrangement's code, loaded with the map (a chunk of its own, so the first render
// carries none of it): where the nodes are on the ground and their spots on the map (for the
// layout), the base map through the same projection, and the drawing of both the base map
// (under the links) and the links across the Sichuan–Chongqing border (above the others).
import type { Lang } from "../../lib/pickText";
import { crossBorderEdges } from "../../model/crossBorder";
import { nodeGeo } from "../../model/geo";
import { createMapProjection, projectNodes } from "../../model/mapProjection";
import type { GraphModel } from "../../model/graphModel";
import type { MapProvince, MapScene } from "../types";
import { loadBaseMap } from "./baseMap";
import { crossBorderGroups, strokeCrossBorder } from "./crossBorder";
import { drawBaseMap } from "./drawBaseMap";

export interface LoadedMap {
  /** for the layout: each node's spot on the map, and whose coordinates gave it */
  placement: { targets: Float32Array; kind: Uint8Array };
  /** how many nodes have coordinates of their own */
  places: number;
  /** the scene the renderer draws, with the province names in this language */
  scene(lang: Lang): MapScene;
}

function createMapScene(provinces: readonly MapProvince[] | null, crossBorder: Uint8Array, lang: Lang): MapScene {
  return {
    drawBase: (target, frame) => drawBaseMap(target, frame, provinces, lang),
    strokeCrossBorder: (ctx, frame, lineWidth) => void strokeCrossBorder(ctx, frame, crossBorder, lineWidth),
    crossBorderGroups: (frame) => crossBorderGroups(frame, crossBorder),
  };
}

export function loadMap(model: GraphModel): LoadedMap {
  const geo = nodeGeo(model);
  const projection = createMapProjection(geo.lngLat, geo.kind, model.nodes.length);
  const targets = projection ? projectNodes(geo.lngLat, projection) : new Float32Array(geo.lngLat.length).fill(Number.NaN);
  const provinces = projection ? loadBaseMap(projection) : null;
  const crossBorder = crossBorderEdges(model);
  return { placement: { targets, kind: geo.kind }, places: geo.places, scene: (lang) => createMapScene(provinces, crossBorder, lang) };
}
