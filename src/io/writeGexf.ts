// Exports the current view as GEXF 1.3 with graphology-gexf, so Gephi opens it as seen:
// viz:position (y negated: Gephi's y points up), viz:color (r, g, b), viz:size; names,
// types and attributes as attvalues that readGexf reads back.
import Graph from "graphology";
import { write } from "graphology-gexf";
import { isDirectedRelation } from "../model/graphModel";
import type { GraphFile } from "../model/schema";
import { rgbOf } from "./draft";
import { exportKey, flatValue, positionOf, sizeOf, xmlSafe, type ExportView } from "./exportView";
import { isUnsafeKey } from "./safeKeys";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

type Attrs = Record<string, unknown>;

const rgb = (color: string | undefined) => {
  const c = color ? rgbOf(color) : undefined;
  return c && `rgb(${c.r},${c.g},${c.b})`;
};

/** Drops empty values and makes every string safe for XML. */
function clean(values: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === "") continue;
    out[xmlSafe(k)] = typeof v === "string" ? xmlSafe(v) : Array.isArray(v) ? v.map((s) => xmlSafe(String(s))) : v;
  }
  return out;
}

function userAttributes(attrs: Record<string, unknown> | undefined): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs ?? {})) out[exportKey(k)] = flatValue(v as never);
  return out;
}

/** A unique key, XML-safe, for each id (ids are otherwise written as they are). */
function keyMaker() {
  const used = new Set<string>();
  return (wanted: string, fallback: string) => {
    let key = xmlSafe(wanted) || fallback;
    while (used.has(key)) key = `${key}_`;
    used.add(key);
    return key;
  };
}

export function writeGexf(graph: GraphFile, view?: ExportView): string {
  const g = new Graph({ multi: true, type: "mixed", allowSelfLoops: true });
  const title = graph.meta?.title;
  g.replaceAttributes(clean({ creator: "Chengyu EduNet", title: title?.zh ?? title?.en }));
  const nodeKey = keyMaker();
  const keyOf = new Map<string, string>();
  // graphology keeps neighbours in plain objects: an id like "__proto__" or "toString" as a
  // key would write onto Object.prototype. Such nodes get a placeholder key, and the XML
  // gets their id back after writing.
  const placeholders = new Map<string, string>();
  const ids = new Set(graph.nodes.map((n) => n.id));
  graph.nodes.forEach((n, i) => {
    const p = positionOf(graph, view, i);
    let key = nodeKey(n.id, `n${i}`);
    if (isUnsafeKey(key)) {
      let token = `coopnet-unsafe-id-${i}`;
      while (ids.has(token)) token += "_";
      placeholders.set(token, key);
      key = token;
    }
    keyOf.set(n.id, key);
    g.addNode(key, {
      label: xmlSafe(n.name.zh ?? n.name.en ?? n.id),
      viz: clean({ color: rgb(view?.colors?.[i]), size: sizeOf(view, n, i), x: p?.x, y: p ? 0 - p.y : undefined }),
      attributes: clean({
        ...userAttributes(n.attributes),
        type: n.type,
        name_zh: n.name.zh,
        name_en: n.name.en,
        region: n.region,
        url: n.url,
        description_zh: n.description?.zh,
        description_en: n.description?.en,
        aliases: n.aliases?.length ? n.aliases : undefined,
        lat: n.geo?.lat,
        lng: n.geo?.lng,
      }),
    });
  });
  const edgeKey = keyMaker();
  graph.edges.forEach((e, k) => {
    const key = edgeKey(e.id ?? `e${k}`, `e${k}`);
    const [s, t] = [keyOf.get(e.source) ?? e.source, keyOf.get(e.target) ?? e.target];
    const attrs = {
      label: e.label ? xmlSafe(e.label.zh ?? e.label.en ?? "") : undefined,
      weight: e.weight,
      attributes: clean({
        ...userAttributes(e.attributes),
        relation: e.type,
        date: e.date,
        label_zh: e.label?.zh,
        label_en: e.label?.en,
      }),
    };
    if (isDirectedRelation(e.type)) g.addDirectedEdgeWithKey(key, s, t, attrs);
    else g.addUndirectedEdgeWithKey(key, s, t, attrs);
  });
  const xml = write(g, {
    version: "1.3",
    pretty: graph.nodes.length + graph.edges.length < 20_000,
    formatNode: (_key, a) => a as never,
    formatEdge: (_key, a) => a as never,
  });
  if (!placeholders.size) return xml;
  // attribute values are escaped in the XML, so this pattern matches only the id, source and
  // target attributes that carry a placeholder
  return xml.replace(/ (id|source|target)="(coopnet-unsafe-id-\d+_*)"/g, (all, attr: string, token: string) => {
    const id = placeholders.get(token);
    return id === undefined ? all : ` ${attr}="${escapeAttr(id)}"`;
  });
}
