// Display names and vocabulary labels for nodes, in either language with a fallback,
// so the table, the legend, the renderer and the panel all name things the same way.
import { pickText, type Lang } from "../lib/pickText";
import type { GraphNode } from "./schema";
import { NODE_TYPE_LABELS, REGION_LABELS, RELATION_TYPE_LABELS, type NodeType, type Region, type RelationType } from "./vocabulary";

export function nodeName(node: GraphNode, lang: Lang): string {
  return pickText(node.name, lang) || node.id;
}

export function isKnownNodeType(type: string): type is NodeType {
  return Object.prototype.hasOwnProperty.call(NODE_TYPE_LABELS, type);
}

export function isKnownRelationType(type: string): type is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPE_LABELS, type);
}

export function nodeTypeLabel(type: string, lang: Lang): string {
  return isKnownNodeType(type) ? NODE_TYPE_LABELS[type][lang] : type;
}

export function relationTypeLabel(type: string, lang: Lang): string {
  return isKnownRelationType(type) ? RELATION_TYPE_LABELS[type][lang] : type;
}

export function regionLabel(region: Region | undefined, lang: Lang): string {
  return region ? REGION_LABELS[region][lang] : "";
}
