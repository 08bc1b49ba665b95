// Turns the graphology graph that graphology-gexf or graphology-graphml made into a draft:
// declared nodes in file order (those graphology added for dangling edges are left to
// repair), edges in file order with their written ids, viz/Gephi colours as #rrggbb.
import type Graph from "graphology";
import type { Draft } from "./draft";
import { toHexColor } from "./draft";
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";
import { edgeFromFields, nodeFromFields } from "./records";
import { localize, textOf } from "./values";
import type { Reporter } from "./report";
import type { XmlIds } from "./xmlIds";

interface NodeOverlay {
  /** fields read from the document itself (yEd graphics), taking precedence */
  fields: [string, unknown][];
  /** false when the position comes from the overlay in screen coordinates */
  flipY?: boolean;
}

export interface GraphToDraftOptions {
  file: string;
  format: string;
  report: Reporter;
  /** the format's x/y have y pointing up (Gephi): negate it */
  flipY: boolean;
  overlay?: (key: string) => NodeOverlay | undefined;
  edgeOverlay?: (index: number) => [string, unknown][] | undefined;
}

type ParsedGraph = Pick<Graph, "forEachNode" | "forEachEdge" | "size" | "getAttributes">;

/** The attributes as fields; colours as #rrggbb, a flat drawing's z = 0 left out. */
function fieldsOf(attrs: Record<string, unknown>): [string, unknown][] {
  return Object.keys(attrs)
    .filter((k) => !(k === "z" && attrs[k] === 0))
    .map((k) => {
      const v: unknown = attrs[k];
      return [k, k === "color" && typeof v === "string" ? toHexColor(v) : v];
    });
}

export function graphToDraft(graph: ParsedGraph, ids: XmlIds, o: GraphToDraftOptions): Draft {
  const nodes: unknown[] = [];
  graph.forEachNode((key, attrs) => {
    const id = ids.nodeIds.get(key);
    if (id === undefined) return;
    const extra = o.overlay?.(key);
    const ctx = { report: o.report, path: `nodes[${nodes.length}]`, flipY: extra?.flipY ?? o.flipY };
    nodes.push(nodeFromFields(id, [...(extra?.fields ?? []), ...fieldsOf(attrs)], ctx));
  });
  if (graph.size !== ids.edges.length)
    throw new GraphLoadError("invalid", o.file, "edges merged", [
      makeIssue("xml-graph", "", { format: o.format, reason: `read ${graph.size} of ${ids.edges.length} edges` }),
    ]);
  const edges: unknown[] = [];
  graph.forEachEdge((_key, attrs, source, target) => {
    const k = edges.length;
    const fields = [...(o.edgeOverlay?.(k) ?? []), ...fieldsOf(attrs)];
    const id = ids.edgeIds[k];
    if (id) fields.unshift(["id", id]);
    const ctx = { report: o.report, path: `edges[${k}]` };
    const idOf = (key: string) => ids.nodeIds.get(key) ?? ids.undeclared.get(key) ?? key;
    edges.push(edgeFromFields(idOf(source), idOf(target), fields, ctx));
  });
  const g = graph.getAttributes();
  const meta: Record<string, unknown> = {};
  const title = textOf(g.title) ?? textOf(g.name), description = textOf(g.description);
  if (title) meta.title = localize(title);
  if (description) meta.description = localize(description);
  return { nodes, edges, ...(Object.keys(meta).length ? { meta } : {}) };
}
