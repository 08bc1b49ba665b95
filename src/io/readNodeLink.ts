// Reads node-link JSON as d3 and NetworkX (node_link_data) write it: `nodes` and `links`
// (or `edges`), link ends as ids, as indices into nodes (d3's default) or as the node
// objects a running d3 simulation leaves; `graph.name` becomes the title.
import { notAGraph, isRecord, type Draft } from "./draft";
import { GraphLoadError, type GraphIssue } from "./errors";
import { makeIssue } from "./issueCodes";
import { edgeFromFields, nodeFromFields } from "./records";
import { localize, textOf } from "./values";
import type { Reporter } from "./report";

const idOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;

export function nodeLinkToDraft(obj: Record<string, unknown>, file: string, report: Reporter): Draft {
  const rawNodes = obj.nodes;
  const rawLinks = obj.links ?? obj.edges ?? [];
  if (!Array.isArray(rawNodes)) throw notAGraph(file, "a `nodes` list");
  if (!Array.isArray(rawLinks)) throw notAGraph(file, "a `links` or `edges` list");
  const hasIds = rawNodes.some((n) => isRecord(n) && n.id !== undefined && n.id !== null);

  const ids: (string | undefined)[] = [];
  const missing: GraphIssue[] = [];
  const nodes = rawNodes.map((n: unknown, i) => {
    const id = !isRecord(n) ? undefined : hasIds ? idOf(n.id) : String(i);
    ids.push(id);
    if (!isRecord(n)) return n;
    if (id === undefined) {
      if (missing.length < 50) missing.push(makeIssue("missing-id", `nodes[${i}].id`));
      return n;
    }
    return nodeFromFields(id, Object.entries(n), { report, path: `nodes[${i}]` });
  });
  if (missing.length) throw new GraphLoadError("invalid", file, "nodes without a usable id", missing);
  const known = new Set(ids.filter((id): id is string => id !== undefined));

  const end = (written: unknown): unknown => {
    const value = isRecord(written) ? (written.id ?? written.index) : written;
    if (typeof value === "number" && !known.has(String(value)) && Number.isInteger(value) && value >= 0)
      return ids[value] ?? String(value);
    return idOf(value) ?? value;
  };
  const edges = rawLinks.map((l: unknown, k) => {
    if (!isRecord(l)) return l;
    return edgeFromFields(end(l.source), end(l.target), Object.entries(l), { report, path: `edges[${k}]` });
  });

  const draft: Draft = { nodes, edges };
  const graph = obj.graph;
  const title = isRecord(graph) ? (textOf(graph.name) ?? textOf(graph.title)) : undefined;
  if (title) draft.meta = { title: localize(title) };
  return draft;
}
