// Coordinates in files: lat/lng (or latitude/longitude, 纬度/经度) columns and attributes become
// a node's geo; values that are not degrees within range are dropped with a warning naming them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GraphFile } from "../model/schema";
import { readGraphFile } from "./readAny";
import { readCsv } from "./readCsv";

const node = (g: GraphFile, id: string) => g.nodes.find((n) => n.id === id)!;

describe("geo coordinates in files", () => {
  it("reads a node table's latitude and longitude (or lat, lng, 纬度, 经度), text values included", () => {
    const { graph, warnings } = readCsv(
      "source,target,type\nswjtu,chengdu,located-in\n",
      "id,name,type,latitude,longitude\nchengdu,成都市,city,30.6598,104.0657\nswjtu,西南交通大学,university,,\n",
    );
    expect(node(graph, "chengdu").geo).toEqual({ lat: 30.6598, lng: 104.0657 });
    expect(node(graph, "swjtu").geo).toBeUndefined();
    expect(node(graph, "chengdu").attributes).toBeUndefined();
    expect(warnings).toEqual([]);
    const zh = readCsv("source,target\na,b\n", "id,纬度,经度\na,29.56,106.55\n").graph;
    expect(node(zh, "a").geo).toEqual({ lat: 29.56, lng: 106.55 });
  });

  it("drops coordinates out of range or not numbers, with a warning", () => {
    const { graph, warnings } = readCsv("source,target\na,b\n", "id,lat,lng\na,95,104\nb,north,104\n");
    expect(node(graph, "a").geo).toBeUndefined();
    expect(node(graph, "b").geo).toBeUndefined();
    expect(warnings.filter((w) => w.code === "bad-geo").map((w) => w.path)).toEqual(["nodes[0].geo", "nodes[1].geo"]);
  });

  it("reads a GEXF file's latitude and longitude attributes", () => {
    const text = readFileSync(new URL("../../tests/fixtures/formats/places-latlng.gexf", import.meta.url), "utf8");
    const { graph } = readGraphFile({ text, file: "places.gexf" });
    expect(node(graph, "chongqing").geo).toEqual({ lat: 29.563, lng: 106.5516 });
    expect(node(graph, "swjtu").geo).toBeUndefined();
  });

  it("repairs our JSON's geo that is out of range, and keeps a good one", () => {
    const text = JSON.stringify({
      nodes: [
        { id: "a", type: "city", name: { zh: "甲" }, geo: { lat: 30, lng: 200 } },
        { id: "b", type: "city", name: { zh: "乙" }, geo: { lat: 29.5, lng: 106.5 } },
      ],
      edges: [],
    });
    const { graph, warnings } = readGraphFile({ text, file: "g.json" });
    expect(node(graph, "a").geo).toBeUndefined();
    expect(node(graph, "b").geo).toEqual({ lat: 29.5, lng: 106.5 });
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["bad-geo", "nodes[0].geo"]]);
  });
});
