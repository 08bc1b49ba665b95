// The map arrangement's code, loaded with the map (a chunk of its own, so the first render
// carries none of it): where the nodes are on the ground, the base map projected for this
// graph, and the drawing of both the base map (under the links) and the links across the
// Sichuan–Chongqing border (above the others).
import type { Lang } from "../../lib/pickText";
import { crossBorderEdges, nodeGeo, type NodeGeo } from "../../model/geo";
import type { GraphModel } from "../../model/graphModel";
import type { MapProvince, MapScene } from "../types";
import { loadBaseMap } from "./baseMap";
import { crossBorderGroups, strokeCrossBorder } from "./crossBorder";
import { drawBaseMap } from "./drawBaseMap";

export interface LoadedMap {
  geo: NodeGeo;
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
  const provinces = loadBaseMap(geo.lngLat, geo.kind, model.nodes.length);
  const crossBorder = crossBorderEdges(model);
  return { geo, scene: (lang) => createMapScene(provinces, crossBorder, lang) };
}
