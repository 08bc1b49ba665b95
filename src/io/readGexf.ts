// Reads GEXF 1.2/1.3 as Gephi writes it, with graphology-gexf over a safely parsed
// document: label -> name, attvalues -> attributes (type -> node type), viz:color ->
// attributes.color, viz:position -> position (Gephi's y points up: negated), viz:size -> size.
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { notAGraph, type Draft } from "./draft";
import { countMatches, checkCounts, type ReadLimits } from "./limits";
import type { Reporter } from "./report";
import { isUnsafeKey } from "./safeKeys";
import { graphToDraft } from "./xmlGraph";
import { prepareIds } from "./xmlIds";
import { childElements, elementsOf, guard, parseXml } from "./xmlDom";

const EDGE_TYPES = new Set(["directed", "undirected"]);

/** The class (node or edge) an element belongs to. */
function classOf(el: Element): string {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.nodeName === "node" || p.nodeName === "edge") return p.nodeName;
  return "";
}

/**
 * Removes what would trip graphology-gexf (unsafe attribute names, unknown edge types) and
 * names each attribute by its title ("Modularity Class", not "modularity_class"), as Gephi shows it.
 */
function sanitize(doc: Document, graphEl: Element, report: Reporter): void {
  const renamed: Record<string, Map<string, string>> = { node: new Map(), edge: new Map() };
  const removed: Record<string, Set<string>> = { node: new Set(), edge: new Set() };
  for (const el of elementsOf(doc, "attribute")) {
    const id = el.getAttribute("id") || el.getAttribute("for") || "";
    const title = el.getAttribute("title") || id;
    const cls = (el.parentNode as Element | null)?.getAttribute("class") ?? "";
    if (isUnsafeKey(id) || isUnsafeKey(title)) {
      report.warn("unsafe-key", "attributes", { key: isUnsafeKey(id) ? id : title });
      removed[cls]?.add(id);
      el.parentNode?.removeChild(el);
      continue;
    }
    const names = renamed[cls];
    if (names && ![...names.values()].includes(title)) {
      names.set(id, title);
      el.setAttribute("id", title);
      el.removeAttribute("for");
    }
  }
  for (const el of elementsOf(doc, "attvalue")) {
    const key = el.getAttribute("for") || el.getAttribute("id") || "";
    const title = renamed[classOf(el)]?.get(key);
    if (isUnsafeKey(key) || removed[classOf(el)]?.has(key)) {
      if (isUnsafeKey(key)) report.warn("unsafe-key", "attvalues", { key });
      el.parentNode?.removeChild(el);
    } else if (title !== undefined) {
      el.removeAttribute("id");
      el.setAttribute("for", title);
    }
  }
  for (const meta of elementsOf(doc, "meta"))
    for (const el of childElements(meta))
      if (isUnsafeKey(el.tagName.toLowerCase())) {
        report.warn("unsafe-key", "meta", { key: el.tagName });
        meta.removeChild(el);
      }
  const fix = (el: Element, name: string) => {
    const value = (el.getAttribute(name) ?? "").toLowerCase();
    if (value === "mutual") el.setAttribute(name, "undirected");
    else if (el.hasAttribute(name) && !EDGE_TYPES.has(value)) el.removeAttribute(name);
  };
  fix(graphEl, "defaultedgetype");
  for (const el of elementsOf(doc, "edge")) fix(el, "type");
}

export function gexfToDraft(text: string, file: string, report: Reporter, limits: ReadLimits): Draft {
  checkCounts(countMatches(text, /<node[\s/>]/g), countMatches(text, /<edge[\s/>]/g), limits, file);
  const doc = parseXml(text, file);
  if (doc.documentElement.localName !== "gexf") throw notAGraph(file, "a <gexf> root element");
  const graphEl = elementsOf(doc, "graph")[0];
  if (!graphEl) throw notAGraph(file, "a <graph> element");
  const { ids, graph } = guard(file, "GEXF", () => {
    sanitize(doc, graphEl, report);
    const ids = prepareIds(doc, file);
    return { ids, graph: parse(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true }) };
  });
  return graphToDraft(graph, ids, { file, format: "GEXF", report, flipY: true });
}
