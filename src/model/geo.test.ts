// Where nodes are on the ground: own coordinates, those of the place they lie in (followed
// up the chain), the middle of their region's places; and the links across the border.
import { describe, expect, it } from "vitest";
import { countCrossBorder, crossBorderEdges } from "./crossBorder";
import { GEO_IN_PLACE, GEO_OWN, nodeGeo } from "./geo";
import { createGraphModel } from "./graphModel";
import type { GraphFile } from "./schema";

const file: GraphFile = {
  nodes: [
    { id: "cq", type: "city", name: { zh: "重庆市" }, region: "chongqing", geo: { lat: 29.56, lng: 106.55 } },
    { id: "rc", type: "district", name: { zh: "荣昌区" }, region: "chongqing", geo: { lat: 29.4, lng: 105.6 } },
    { id: "school", type: "secondary-school", name: { zh: "职教中心" }, region: "chongqing" },
    { id: "campus", type: "faculty", name: { zh: "校区" } },
    { id: "fair", type: "event", name: { zh: "招聘会" } },
    { id: "sisu", type: "university", name: { zh: "川外" }, region: "chongqing" },
    { id: "gait", type: "university", name: { zh: "广安理工" }, region: "sichuan" },
    { id: "abroad", type: "foreign-university", name: { en: "HELP" }, region: "international" },
  ],
  edges: [
    { source: "school", target: "rc", type: "located-in" },
    { source: "campus", target: "school", type: "part-of" },
    { source: "campus", target: "school", type: "located-in" },
    { source: "fair", target: "cq", type: "held-in" },
    { source: "sisu", target: "gait", type: "partner-of" },
    { source: "sisu", target: "abroad", type: "partner-of" },
    { source: "gait", target: "rc", type: "partner-of" },
  ],
};

describe("the nodes' places", () => {
  const model = createGraphModel(file);
  const geo = nodeGeo(model);
  const at = (id: string) => {
    const i = model.indexOf.get(id)!;
    return { kind: geo.kind[i], lng: geo.lngLat[i * 2], lat: geo.lngLat[i * 2 + 1] };
  };

  it("pins the places, and puts what lies in a place (located in, held in, up the chain) there", () => {
    expect(geo.places).toBe(2);
    expect(at("cq")).toMatchObject({ kind: GEO_OWN, lng: Math.fround(106.55) });
    expect(at("school")).toMatchObject({ kind: GEO_IN_PLACE, lng: Math.fround(105.6), lat: Math.fround(29.4) });
    expect(at("campus")).toMatchObject({ kind: GEO_IN_PLACE, lng: Math.fround(105.6) });
    expect(at("fair")).toMatchObject({ kind: GEO_IN_PLACE, lng: Math.fround(106.55) });
  });

  it("puts a Chongqing node without a place in the middle of Chongqing's places, and leaves the rest unplaced", () => {
    expect(at("sisu").kind).not.toBe(GEO_OWN);
    expect(at("sisu").lng).toBeCloseTo((106.55 + 105.6) / 2, 4);
    // no Sichuan place to take the middle of, nor a region on the ground
    expect(Number.isNaN(at("gait").lng)).toBe(true);
    expect(at("abroad").kind).toBe(0);
  });

  it("flags and counts the links between Sichuan and Chongqing, leaving out what is hidden", () => {
    expect([...crossBorderEdges(model)]).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(countCrossBorder(model, null, null)).toBe(2);
    const hiddenEdges = Uint8Array.from([0, 0, 0, 0, 1, 0, 0]);
    expect(countCrossBorder(model, null, hiddenEdges)).toBe(1);
    const hiddenNodes = new Uint8Array(model.nodes.length);
    hiddenNodes[model.indexOf.get("gait")!] = 1;
    expect(countCrossBorder(model, hiddenNodes, null)).toBe(0);
  });

  it("stops at a cycle of located-in relations", () => {
    const loop = createGraphModel({
      nodes: [
        { id: "a", type: "institute", name: { en: "A" } },
        { id: "b", type: "institute", name: { en: "B" } },
      ],
      edges: [
        { source: "a", target: "b", type: "located-in" },
        { source: "b", target: "a", type: "located-in" },
      ],
    });
    expect([...nodeGeo(loop).kind]).toEqual([0, 0]);
  });
});
