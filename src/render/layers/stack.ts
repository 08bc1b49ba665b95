// The layers, bottom to top. A surface is redrawn whole when any of its layers changed;
// the layers of other surfaces are left as they are.
import { backgroundLayer } from "./backgroundLayer";
import { edgesLayer } from "./edgesLayer";
import { labelsLayer } from "./labelsLayer";
import { nodesLayer } from "./nodesLayer";
import { overlayLayer } from "./overlayLayer";
import type { Layer, LayerId, SurfaceId } from "./types";

export const LAYER_STACK: readonly Layer[] = [backgroundLayer, edgesLayer, nodesLayer, labelsLayer, overlayLayer];

export function layersOf(surface: SurfaceId): readonly Layer[] {
  return LAYER_STACK.filter((layer) => layer.surface === surface);
}

/** The surfaces that hold any of these layers. */
export function surfacesOf(layers: ReadonlySet<LayerId>): Set<SurfaceId> {
  return new Set(LAYER_STACK.filter((layer) => layers.has(layer.id)).map((layer) => layer.surface));
}
