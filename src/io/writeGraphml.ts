// Exports the current view as GraphML the way Gephi writes it: typed <key>s, label, x/y
// (y negated: Gephi's y points up), size and r/g/b per node, so Gephi shows it as seen;
// our fields (type, names, relation) as keys readGraphml reads back. Text is escaped.
import { isDirectedRelation } from "../model/graphModel";
import type { GraphFile } from "../model/schema";
import { rgbOf } from "./draft";
import { exportKey, flatValue, positionOf, sizeOf, xmlSafe, type ExportView } from "./exportView";

type Value = string | number | boolean;
type KeyType = "string" | "double" | "int" | "boolean";

const escape = (s: string) =>
  xmlSafe(s).replace(/[&<>"\t\n\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" })[c]!);

interface Key {
  id: string;
  for: "node" | "edge";
  name: string;
  type: KeyType;
}

const NODE_KEYS: Key[] = [
  ["label", "string"], ["type", "string"], ["name_zh", "string"], ["name_en", "string"], ["region", "string"],
  ["url", "string"], ["description_zh", "string"], ["description_en", "string"], ["aliases", "string"],
  ["x", "double"], ["y", "double"], ["size", "double"], ["r", "int"], ["g", "int"], ["b", "int"], ["lat", "double"], ["lng", "double"],
].map(([name, type]) => ({ id: name!, for: "node", name: name!, type: type as KeyType }));
const EDGE_KEYS: Key[] = [
  ["relation", "string"], ["label", "string"], ["label_zh", "string"], ["label_en", "string"], ["date", "string"], ["weight", "double"],
].map(([name, type]) => ({ id: `e_${name}`, for: "edge", name: name!, type: type as KeyType }));

/** Keys for the user attributes of nodes or edges: double when every value is a number, and so on. */
function attributeKeys(records: { attributes?: Record<string, unknown> }[], target: "node" | "edge", prefix: string): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const r of records)
    for (const [name, raw] of Object.entries(r.attributes ?? {})) {
      const v = flatValue(raw as never);
      if (v === null) continue;
      const type: KeyType = typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";
      const known = keys.get(name);
      if (!known) keys.set(name, { id: `${prefix}${keys.size}`, for: target, name: exportKey(name), type });
      else if (known.type !== type) known.type = "string";
    }
  return keys;
}

const data = (key: string, value: Value | undefined) =>
  value === undefined || value === "" ? "" : `<data key="${escape(key)}">${escape(String(value))}</data>`;

function attributeData(attrs: Record<string, unknown> | undefined, keys: Map<string, Key>): string {
  return Object.entries(attrs ?? {})
    .map(([name, raw]) => {
      const v = flatValue(raw as never);
      return v === null ? "" : data(keys.get(name)!.id, v);
    })
    .join("");
}

export function writeGraphml(graph: GraphFile, view?: ExportView): string {
  const nodeAttrKeys = attributeKeys(graph.nodes, "node", "na");
  const edgeAttrKeys = attributeKeys(graph.edges, "edge", "ea");
  const keys = [...NODE_KEYS, ...nodeAttrKeys.values(), ...EDGE_KEYS, ...edgeAttrKeys.values()];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  <key id="${escape(k.id)}" for="${k.for}" attr.name="${escape(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  graph.nodes.forEach((n, i) => {
    const p = positionOf(graph, view, i);
    const color = view?.colors?.[i];
    const rgb = color ? rgbOf(color) : undefined;
    const fields: [string, Value | undefined][] = [
      ["label", n.name.zh ?? n.name.en], ["type", n.type], ["name_zh", n.name.zh], ["name_en", n.name.en],
      ["region", n.region], ["url", n.url], ["description_zh", n.description?.zh], ["description_en", n.description?.en],
      ["aliases", n.aliases?.length ? JSON.stringify(n.aliases) : undefined],
      ["x", p?.x], ["y", p ? 0 - p.y : undefined], ["size", sizeOf(view, n, i)],
      ["r", rgb?.r], ["g", rgb?.g], ["b", rgb?.b], ["lat", n.geo?.lat], ["lng", n.geo?.lng],
    ];
    const body = fields.map(([k, v]) => data(k, v)).join("") + attributeData(n.attributes, nodeAttrKeys);
    out.push(`    <node id="${escape(n.id)}">${body}</node>`);
  });
  graph.edges.forEach((e) => {
    const fields: [string, Value | undefined][] = [
      ["e_relation", e.type], ["e_label", e.label?.zh ?? e.label?.en], ["e_label_zh", e.label?.zh], ["e_label_en", e.label?.en],
      ["e_date", e.date], ["e_weight", e.weight],
    ];
    const body = fields.map(([k, v]) => data(k, v)).join("") + attributeData(e.attributes, edgeAttrKeys);
    const id = e.id === undefined ? "" : ` id="${escape(e.id)}"`;
    const directed = isDirectedRelation(e.type) ? "" : ' directed="false"';
    out.push(`    <edge${id} source="${escape(e.source)}" target="${escape(e.target)}"${directed}>${body}</edge>`);
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
