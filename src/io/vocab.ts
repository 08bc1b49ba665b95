// Reads a node or relation type from another tool's text: a documented type id, or one
// of its Chinese or English labels ("成员", "member of"), case-insensitive.
import { NODE_TYPE_LABELS, NODE_TYPES, RELATION_TYPE_LABELS, RELATION_TYPES, type RelationType } from "../model/vocabulary";

const MAX_TYPE_LENGTH = 80;

function lookup<T extends string>(ids: readonly T[], labels: Record<T, { zh: string; en: string }>): Map<string, T> {
  const map = new Map<string, T>();
  for (const id of ids) {
    const { zh, en } = labels[id];
    for (const label of [id, en, zh, ...zh.split("/"), ...en.split("/")]) {
      const key = label.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, id);
    }
  }
  return map;
}

const NODE_LOOKUP = lookup(NODE_TYPES, NODE_TYPE_LABELS);
const RELATION_LOOKUP = lookup(RELATION_TYPES, RELATION_TYPE_LABELS);

/** A usable type string: non-empty after trimming, at most 80 characters. */
export function typeText(value: unknown): string | undefined {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== "string") return undefined;
  const trimmed = text.trim();
  return trimmed && trimmed.length <= MAX_TYPE_LENGTH ? trimmed : undefined;
}

/** The documented node type a text names, else the text itself when usable as a type. */
export function matchNodeType(value: unknown): string | undefined {
  const text = typeText(value);
  return text === undefined ? undefined : (NODE_LOOKUP.get(text.toLowerCase()) ?? text);
}

/** The documented relation type a text names, if any. */
export function matchRelationType(value: unknown): RelationType | undefined {
  const text = typeText(value);
  return text === undefined ? undefined : RELATION_LOOKUP.get(text.toLowerCase());
}
