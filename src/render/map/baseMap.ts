// The base map's outlines (TopoJSON, shipped with the map's chunk): the provinces projected
// once into graph units with the projection that places the nodes, so drawing them costs no
// projection per frame.
import type { GeoProjection } from "d3-geo";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { MapProvince } from "../types";
import outlines from "./provinces.topo.json";

const HOME = new Set(["sichuan", "chongqing"]);

interface ProvinceProps {
  zh: string;
  en: string;
  label: [number, number] | null;
}

function projectRing(ring: Position[], projection: GeoProjection): Float32Array {
  const out = new Float32Array(ring.length * 2);
  ring.forEach((point, i) => {
    const [x, y] = projection(point as [number, number]) ?? [Number.NaN, Number.NaN];
    out[i * 2] = x;
    out[i * 2 + 1] = y;
  });
  return out;
}

/** The provinces in graph units, through the projection that places the nodes. */
export function loadBaseMap(projection: GeoProjection): MapProvince[] {
  const topology = outlines as unknown as Topology<{ provinces: GeometryCollection<ProvinceProps> }>;
  const collection = feature(topology, topology.objects.provinces);
  return collection.features.map((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const { zh, en, label } = f.properties;
    const at = label ? projection(label) : null;
    return {
      id: String(f.id),
      home: HOME.has(String(f.id)),
      rings: polygons.flatMap((rings) => rings.map((ring) => projectRing(ring, projection))),
      label: at ? { x: at[0], y: at[1], zh, en } : null,
    };
  });
}
