// The map's projection from degrees to graph units: Mercator, fitted to the nodes that have
// coordinates of their own, centred on the origin. One projection gives both the spots the
// layout pins the places at and the base map's outlines, so they agree to the unit.
import { geoMercator, type GeoProjection } from "d3-geo";
import type { Feature } from "geojson";
import { GEO_OWN } from "./geo";

/** the least extent fitted, in degrees: a lone place still gets a map around it */
const MIN_SPAN = 1;

/** half the side of the square the places are fitted into, in graph units */
function mapRadius(nodeCount: number): number {
  return Math.max(320, Math.sqrt(nodeCount) * 42);
}

/** `kind` as NodeGeo gives it; null when no node has coordinates of its own */
export function createMapProjection(lngLat: ArrayLike<number>, kind: ArrayLike<number>, nodeCount: number): GeoProjection | null {
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] !== GEO_OWN) continue;
    const lng = lngLat[i * 2]!, lat = lngLat[i * 2 + 1]!;
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (!(west <= east)) return null;
  const padLng = Math.max(0, MIN_SPAN - (east - west)) / 2;
  const padLat = Math.max(0, MIN_SPAN - (north - south)) / 2;
  const r = mapRadius(nodeCount);
  const extent: Feature = {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: [[west - padLng, south - padLat], [east + padLng, north + padLat]] },
  };
  return geoMercator().fitExtent([[-r, -r], [r, r]], extent);
}

/** per node x, y in graph units (stride 2), NaN where the node has no coordinates */
export function projectNodes(lngLat: ArrayLike<number>, projection: GeoProjection): Float32Array {
  const out = new Float32Array(lngLat.length).fill(Number.NaN);
  for (let i = 0; i < lngLat.length; i += 2) {
    const lng = lngLat[i]!, lat = lngLat[i + 1]!;
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) continue;
    const p = projection([lng, lat]);
    if (!p) continue;
    out[i] = p[0];
    out[i + 1] = p[1];
  }
  return out;
}
