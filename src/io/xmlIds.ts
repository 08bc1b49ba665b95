// Prepares the node and edge ids of a GEXF or GraphML document for graphology, which
// refuses duplicates and keeps neighbours in plain objects: a missing node id is an error;
// a duplicate id, or one like "__proto__" or "toString", gets a unique key (mapped back
// afterwards, so repair can merge duplicates and the ids reach the graph as written).
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";
import { isUnsafeKey } from "./safeKeys";
import { elementsOf } from "./xmlDom";

/** The key graphology gets for an id it cannot hold as an object key. */
const safeKey = (id: string) => (isUnsafeKey(id) ? `\u0000${id}` : id);

export interface XmlIds {
  /** graphology key -> the id written in the file, for every declared node */
  nodeIds: Map<string, string>;
  /** graphology key -> the id written in the file, for undeclared edge ends renamed to a safe key */
  undeclared: Map<string, string>;
  /** per edge element: the id written in the file, if any */
  edgeIds: (string | undefined)[];
  edges: Element[];
}

const MAX_ERRORS = 50;

export function prepareIds(doc: Document, file: string): XmlIds {
  const nodeIds = new Map<string, string>();
  const missing = [];
  const nodes = elementsOf(doc, "node");
  for (let i = 0; i < nodes.length; i++) {
    const el = nodes[i]!;
    const id = el.getAttribute("id") ?? "";
    if (!id.trim()) {
      if (missing.length < MAX_ERRORS) missing.push(makeIssue("missing-id", `nodes[${i}].id`));
      continue;
    }
    let key = safeKey(id);
    if (nodeIds.has(key)) key = `${id}\u0000${i}`;
    if (key !== id) el.setAttribute("id", key);
    nodeIds.set(key, id);
  }
  if (missing.length) throw new GraphLoadError("invalid", file, "nodes without id", missing);

  const edges = elementsOf(doc, "edge");
  const seen = new Set<string>();
  const undeclared = new Map<string, string>();
  for (const el of edges)
    for (const end of ["source", "target"]) {
      const id = el.getAttribute(end) ?? "";
      if (isUnsafeKey(id)) {
        el.setAttribute(end, safeKey(id));
        if (!nodeIds.has(safeKey(id))) undeclared.set(safeKey(id), id);
      }
    }
  const edgeIds = edges.map((el, k) => {
    if (!el.hasAttribute("id")) return undefined;
    const id = el.getAttribute("id") ?? "";
    if (seen.has(id)) el.setAttribute("id", `${id}\u0000${k}`);
    seen.add(el.getAttribute("id") ?? "");
    return id;
  });
  return { nodeIds, undeclared, edgeIds, edges };
}
