// Reads GraphML as yEd and Gephi write it, with graphology-graphml over a safely parsed
// document: typed <key>s become attributes (label/name -> name, type -> node type, x/y ->
// position with Gephi's y up negated, r/g/b -> color); yEd's y:NodeLabel and y:Geometry.
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { notAGraph, type Draft } from "./draft";
import { checkCounts, countMatches, type ReadLimits } from "./limits";
import type { Reporter } from "./report";
import { isUnsafeKey } from "./safeKeys";
import { graphToDraft } from "./xmlGraph";
import { elementsOf, guard, parseXml } from "./xmlDom";
import { prepareIds } from "./xmlIds";
import { readYedGraphics } from "./yed";

const KEY_TARGETS = new Set(["node", "edge", "graph"]);
const KEY_TYPES = new Set(["boolean", "int", "long", "float", "double", "string"]);

/** Normalizes the <key>s graphology-graphml reads and removes what would trip it. */
function sanitize(doc: Document, graphEl: Element, dropKeys: Set<string>, report: Reporter): void {
  for (const key of elementsOf(doc, "key")) {
    const id = key.getAttribute("id") ?? "";
    const name = key.getAttribute("attr.name") || id;
    const target = key.getAttribute("for") || "node";
    if (dropKeys.has(id) || isUnsafeKey(id) || isUnsafeKey(name) || !(KEY_TARGETS.has(target) || target === "all")) {
      const unsafe = [id, name, target].find(isUnsafeKey);
      if (unsafe !== undefined) report.warn("unsafe-key", "keys", { key: unsafe });
      dropKeys.add(id);
      key.parentNode?.removeChild(key);
      continue;
    }
    key.setAttribute("attr.name", name);
    if (!KEY_TYPES.has(key.getAttribute("attr.type") ?? "")) key.setAttribute("attr.type", "string");
    if (target === "all")
      for (const other of ["edge", "graph"]) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute("for", other);
        key.parentNode?.insertBefore(copy, key);
      }
    key.setAttribute("for", target === "all" ? "node" : target);
  }
  for (const data of elementsOf(doc, "data")) {
    const key = data.getAttribute("key") ?? "";
    if (dropKeys.has(key) || isUnsafeKey(key)) {
      if (isUnsafeKey(key) && !dropKeys.has(key)) report.warn("unsafe-key", "data", { key });
      data.parentNode?.removeChild(data);
    }
  }
  const direction = graphEl.getAttribute("edgedefault");
  if (direction !== "directed" && direction !== "undirected") graphEl.setAttribute("edgedefault", "undirected");
}

export function graphmlToDraft(text: string, file: string, report: Reporter, limits: ReadLimits): Draft {
  checkCounts(countMatches(text, /<node[\s/>]/g), countMatches(text, /<edge[\s/>]/g), limits, file);
  const doc = parseXml(text, file);
  if (doc.documentElement.localName !== "graphml") throw notAGraph(file, "a <graphml> root element");
  const graphEl = elementsOf(doc, "graph")[0];
  if (!graphEl) throw notAGraph(file, "a <graph> element");
  const { ids, graph, yed } = guard(file, "GraphML", () => {
    const yed = readYedGraphics(doc);
    sanitize(doc, graphEl, yed.keys, report);
    const ids = prepareIds(doc, file);
    return { ids, yed, graph: parse(Graph, doc, { addMissingNodes: true }) };
  });
  const byKey = new Map<string, Element>();
  for (const el of yed.nodes.keys()) byKey.set(el.getAttribute("id") ?? "", el);
  return graphToDraft(graph, ids, {
    file,
    format: "GraphML",
    report,
    flipY: true,
    overlay: (key) => {
      const el = byKey.get(key);
      const info = el && yed.nodes.get(el);
      if (!info) return undefined;
      const fields: [string, unknown][] = [];
      if (info.label !== undefined) fields.push(["label", info.label]);
      if (info.center) fields.push(["x", info.center.x], ["y", info.center.y]);
      if (info.color) fields.push(["color", info.color]);
      return { fields, flipY: info.center ? false : undefined };
    },
    edgeOverlay: (k) => {
      const label = yed.edgeLabels.get(ids.edges[k]!);
      return label === undefined ? undefined : [["label", label]];
    },
  });
}
