// A node's relations, grouped by relation type and direction, each with the other node,
// its date and its evidence: what the detail panel lists.
import type { GraphModel } from "../../model/graphModel";
import { isDirectedRelation } from "../../model/graphModel";
import { incidentEdges } from "../../analysis/visibility";
import type { Evidence } from "../../model/schema";

interface RelationItem {
  edge: number;
  other: number;
  date?: string | undefined;
  evidence: readonly Evidence[];
}

export interface RelationGroup {
  type: string;
  /** "out": this node is the source of a directed relation; "in": its target; "both": undirected */
  direction: "out" | "in" | "both";
  items: RelationItem[];
}

export function getRelationGroups(model: GraphModel, index: number, hiddenEdges: Uint8Array | null): { groups: RelationGroup[]; hidden: number } {
  const { offsets, edges } = incidentEdges(model);
  const groups = new Map<string, RelationGroup>();
  let hidden = 0;
  for (let j = offsets[index]!; j < offsets[index + 1]!; j++) {
    const k = edges[j]!;
    if (hiddenEdges?.[k]) {
      hidden++;
      continue;
    }
    const e = model.edges[k]!;
    const s = model.edgeEnds[k * 2]!, t = model.edgeEnds[k * 2 + 1]!;
    const direction = !isDirectedRelation(e.type) ? "both" : s === index ? "out" : "in";
    const key = `${e.type}|${direction}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: e.type, direction, items: [] }));
    group.items.push({ edge: k, other: s === index ? t : s, date: e.date, evidence: e.evidence ?? [] });
  }
  const order = (g: RelationGroup) => (g.direction === "out" ? 0 : g.direction === "both" ? 1 : 2);
  return { groups: [...groups.values()].sort((a, b) => order(a) - order(b) || b.items.length - a.items.length), hidden };
}
