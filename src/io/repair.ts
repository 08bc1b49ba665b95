// Repairs what can be repaired, for every format, before validation, and reports each
// repair: edges to missing nodes are dropped, duplicate node ids merged, non-finite
// numbers and non-http(s) urls removed. Self-loops and parallel edges are kept.
import { isRecord, type Draft } from "./draft";
import type { Reporter } from "./report";

type Rec = Record<string, unknown>;

export interface Repaired {
  graph: Draft;
  /** per repaired node / edge: its index in the draft, so errors name the file's record */
  nodeOrigin: number[];
  edgeOrigin: number[];
}

const idText = (v: unknown) => (typeof v === "string" ? v.trim() : undefined);

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url.trim());
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

// A record's path ("nodes[3]") is only spelled out for a warning: large files have
// hundreds of thousands of records and almost none to warn about.
const pathOf = (list: string, index: number) => `${list}[${index}]`;

function cleanUrl(rec: Rec, list: string, index: number, report: Reporter): Rec {
  if (typeof rec.url !== "string" || isWebUrl(rec.url)) return rec;
  report.warn("unsafe-url", `${pathOf(list, index)}.url`);
  const { url: _url, ...rest } = rec;
  return rest;
}

const isFiniteNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/** Whether an attribute holds a number that is not finite (alone or as a figure's value). */
function hasNonFinite(attrs: Rec): boolean {
  for (const k in attrs) {
    const v = attrs[k];
    const n = isRecord(v) ? v.value : v;
    if (typeof n === "number" && !Number.isFinite(n)) return true;
  }
  return false;
}

const inRange = (v: unknown, max: number) => typeof v === "number" && Math.abs(v) <= max;

/** Drops geo coordinates that are not numbers within range, with a warning. */
function cleanGeo(rec: Rec, path: string, report: Reporter): Rec {
  const geo = rec.geo;
  if (geo === undefined || (isRecord(geo) && inRange(geo.lat, 90) && inRange(geo.lng, 180))) return rec;
  report.warn("bad-geo", `${path}.geo`);
  const { geo: _dropped, ...rest } = rec;
  return rest;
}

/** Drops non-finite numbers (Infinity from 1e999) where the schema wants finite ones. */
function cleanNumbers(rec: Rec, list: string, index: number, report: Reporter): Rec {
  if (list === "nodes" && "geo" in rec) rec = cleanGeo(rec, pathOf(list, index), report);
  const pos = rec.position;
  const attrs = rec.attributes;
  const badPosition = isRecord(pos) && !(isFiniteNumber(pos.x) && isFiniteNumber(pos.y));
  const badWeight = typeof rec.weight === "number" && !Number.isFinite(rec.weight);
  const badAttributes = isRecord(attrs) && hasNonFinite(attrs);
  if (!badPosition && !badWeight && !badAttributes) return rec;
  const path = pathOf(list, index);
  let out = rec;
  if (isRecord(pos) && badPosition) {
    const [x, y] = [pos.x, pos.y].map((v) => (typeof v === "string" && v.trim() ? Number(v) : v));
    out = { ...out };
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) {
      report.warn("coerced-number", `${path}.position`, { value: `${String(pos.x)}, ${String(pos.y)}`, number: `${x}, ${y}` });
      out.position = { x, y };
    } else {
      report.warn("bad-position", `${path}.position`);
      delete out.position;
    }
  }
  if (typeof rec.weight === "number" && !Number.isFinite(rec.weight)) {
    report.warn("non-finite", `${path}.weight`);
    out = { ...out };
    delete out.weight;
  }
  if (isRecord(attrs) && badAttributes) {
    const bad = Object.keys(attrs).filter((k) => {
      const v = attrs[k];
      const n = isRecord(v) ? v.value : v;
      return typeof n === "number" && !Number.isFinite(n);
    });
    if (bad.length) {
      const kept: Rec = Object.create(null);
      for (const k of Object.keys(attrs)) if (!bad.includes(k)) kept[k] = attrs[k];
      for (const k of bad) report.warn("non-finite", `${path}.attributes.${k}`);
      out = { ...out, attributes: kept };
    }
  }
  return out;
}

/** Merges a duplicate into the first node of its id: the first's fields win, the rest are combined. */
function merge(first: Rec, dup: Rec): Rec {
  const out: Rec = { ...dup, ...first };
  const [a, b] = [first.name, dup.name];
  if (isRecord(a) && isRecord(b)) out.name = { ...b, ...a };
  if (isRecord(first.attributes) && isRecord(dup.attributes)) out.attributes = { ...dup.attributes, ...first.attributes };
  if (Array.isArray(first.aliases) && Array.isArray(dup.aliases)) out.aliases = [...new Set([...first.aliases, ...dup.aliases])];
  if (Array.isArray(first.evidence) && Array.isArray(dup.evidence)) out.evidence = [...first.evidence, ...dup.evidence];
  return out;
}

export function repairGraph(draft: Draft, report: Reporter): Repaired {
  const nodeOrigin: number[] = [];
  const edgeOrigin: number[] = [];
  if (!Array.isArray(draft.nodes) || !Array.isArray(draft.edges)) return { graph: draft, nodeOrigin, edgeOrigin };

  const nodes: unknown[] = [];
  const firstOf = new Map<string, number>();
  draft.nodes.forEach((raw: unknown, i) => {
    const id = isRecord(raw) ? idText(raw.id) : undefined;
    if (!isRecord(raw) || !id) {
      nodes.push(raw);
      nodeOrigin.push(i);
      return;
    }
    const node = cleanNumbers(cleanUrl(raw, "nodes", i, report), "nodes", i, report);
    const at = firstOf.get(id);
    if (at === undefined) {
      firstOf.set(id, nodes.length);
      nodes.push(node);
      nodeOrigin.push(i);
    } else {
      report.warn("duplicate-id", `nodes[${i}].id`, { id, first: nodeOrigin[at]! });
      nodes[at] = merge(nodes[at] as Rec, node);
    }
  });

  const edges: unknown[] = [];
  /** The end is there and names a node (or is not a string: validation names that); else warns. */
  const endOk = (value: unknown, k: number, end: "source" | "target") => {
    if (value === undefined || value === null || value === "") {
      report.warn("missing-end", `edges[${k}].${end}`, { end });
      return false;
    }
    if (typeof value === "string" && !firstOf.has(value.trim())) {
      report.warn("missing-node", `edges[${k}].${end}`, { id: value });
      return false;
    }
    return true;
  };
  draft.edges.forEach((raw: unknown, k) => {
    if (isRecord(raw)) {
      if (!endOk(raw.source, k, "source") || !endOk(raw.target, k, "target")) return;
      raw = cleanNumbers(raw, "edges", k, report);
    }
    edges.push(raw);
    edgeOrigin.push(k);
  });

  let meta = draft.meta;
  if (isRecord(meta) && Array.isArray(meta.sources))
    meta = { ...meta, sources: meta.sources.map((s: unknown, j) => (isRecord(s) ? cleanUrl(s, "meta.sources", j, report) : s)) };
  return { graph: { ...draft, meta, nodes, edges }, nodeOrigin, edgeOrigin };
}
