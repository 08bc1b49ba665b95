// The fast path of validation: the schema of model/schema.ts checked by hand, giving the
// very output zod gives (keys in the schema's order, unknown keys dropped, ids and types
// trimmed, an optional key given as undefined kept as undefined), some 10 times faster on
// large files. It never names a problem: at the first value it does not accept it gives up
// (returns undefined) and zod validates the whole graph, so every message stays zod's.
// It may refuse more than zod does (that only costs time), never less; validateFast.test.ts
// checks it against zod. A change to the schema needs the same change here.
import type { AttributeValue, Evidence, GraphEdge, GraphFile, GraphNode, GraphSource, LocalizedText, Story, StoryStep } from "../model/schema";
import { NODE_TYPES, REGIONS, RELATION_TYPES } from "../model/vocabulary";

class Refused {}
const REFUSED = new Refused();
const refuse = (): never => {
  throw REFUSED;
};

type Rec = Record<string, unknown>;
const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const REGION_SET: ReadonlySet<string> = new Set(REGIONS);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_ID = 200;
const MAX_TYPE = 80;

const obj = (v: unknown): Rec => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Rec) : refuse());
const str = (v: unknown): string => (typeof v === "string" ? v : refuse());
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : refuse());
const bool = (v: unknown): boolean => (typeof v === "boolean" ? v : refuse());
/** zod's nonEmpty(): trimmed, at least one character (and at most max) */
function nonEmpty(v: unknown, max = Infinity): string {
  const t = str(v).trim();
  return t.length >= 1 && t.length <= max ? t : refuse();
}
function list<T>(v: unknown, item: (x: unknown) => T): T[] {
  if (!Array.isArray(v)) refuse();
  const input = v as unknown[];
  const out = new Array<T>(input.length);
  for (let i = 0; i < input.length; i++) out[i] = item(input[i]);
  return out;
}
const strings = (v: unknown) => list(v, str);

/** An optional key: absent stays absent, present as undefined stays undefined, else checked. */
function opt<T>(input: Rec, out: Rec, key: string, check: (v: unknown) => T): void {
  const v = input[key];
  if (v !== undefined) out[key] = check(v);
  else if (key in input) out[key] = undefined;
}

/**
 * The optional keys of a record, checked in the schema's order. Large files repeat these
 * records by the hundred thousand and name few of the optional keys: one pass over the
 * keys the record has costs less than a lookup of every key it might have.
 */
function optionals(input: Rec, out: Rec, keys: readonly string[], checks: readonly ((v: unknown) => unknown)[]): void {
  let present = 0;
  for (const k in input) {
    const at = keys.indexOf(k);
    if (at >= 0) present |= 1 << at;
  }
  for (let at = 0; present !== 0; at++, present >>>= 1) {
    if ((present & 1) === 0) continue;
    const v = input[keys[at]!];
    out[keys[at]!] = v === undefined ? undefined : checks[at]!(v);
  }
}

function text(v: unknown): LocalizedText {
  const input = obj(v);
  const { zh, en } = input;
  let t: LocalizedText;
  if (zh !== undefined && en !== undefined) t = { zh: str(zh), en: str(en) };
  else {
    const out: Rec = {};
    opt(input, out, "zh", str);
    opt(input, out, "en", str);
    t = out as LocalizedText;
  }
  return t.zh?.trim() || t.en?.trim() ? t : refuse();
}

const evidence = (v: unknown): Evidence => {
  const input = obj(v);
  return { source: nonEmpty(input.source), quote: nonEmpty(input.quote) };
};

const unit = (v: unknown) => (typeof v === "string" ? v : text(v));
function figure(v: unknown): AttributeValue {
  const input = obj(v);
  const value = input.value;
  const out: Rec = { value: typeof value === "string" ? value : num(value) };
  opt(input, out, "unit", unit);
  opt(input, out, "label", text);
  opt(input, out, "date", str);
  opt(input, out, "approx", bool);
  return out as AttributeValue;
}

function attributeValue(v: unknown): AttributeValue {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return num(v);
    case "object":
      return v === null ? null : figure(v);
    default:
      return refuse();
  }
}

/** zod's test for a record: an object of Object or of no prototype */
function isPlainObject(o: Rec): boolean {
  const ctor = o.constructor as unknown;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return typeof proto === "object" && proto !== null && !Array.isArray(proto) && Object.prototype.hasOwnProperty.call(proto, "isPrototypeOf");
}

function attributes(v: unknown): Record<string, AttributeValue> {
  const input = obj(v);
  if (!isPlainObject(input) || Object.getOwnPropertySymbols(input).length) refuse();
  const out: Record<string, AttributeValue> = {};
  for (const key of Object.keys(input)) if (key !== "__proto__") out[key] = attributeValue(input[key]);
  return out;
}

const nodeType = (v: unknown) => (typeof v === "string" && NODE_TYPE_SET.has(v) ? v : nonEmpty(v, MAX_TYPE));
const relationType = (v: unknown) => (typeof v === "string" && RELATION_TYPE_SET.has(v) ? v : nonEmpty(v, MAX_TYPE));
const region = (v: unknown) => (typeof v === "string" && REGION_SET.has(v) ? v : refuse());
const date = (v: unknown) => (DATE.test(str(v)) ? (v as string) : refuse());
const pinyin = (v: unknown) => {
  const input = obj(v);
  return { full: strings(input.full), initials: strings(input.initials) };
};
const position = (v: unknown) => {
  const input = obj(v);
  return { x: num(input.x), y: num(input.y) };
};
const degrees = (v: unknown, max: number) => (Math.abs(num(v)) <= max ? (v as number) : refuse());
const geo = (v: unknown) => {
  const input = obj(v);
  return { lat: degrees(input.lat, 90), lng: degrees(input.lng, 180) };
};
const evidenceList = (v: unknown) => list(v, evidence);

const NODE_OPTIONAL = ["aliases", "region", "description", "attributes", "evidence", "pinyin", "position", "geo", "url"];
const NODE_CHECKS = [strings, region, text, attributes, evidenceList, pinyin, position, geo, str];
const EDGE_OPTIONAL = ["date", "label", "weight", "attributes", "evidence"];
const EDGE_CHECKS = [date, text, num, attributes, evidenceList];

function node(v: unknown): GraphNode {
  const input = obj(v);
  const out: Rec = { id: nonEmpty(input.id, MAX_ID), type: nodeType(input.type), name: text(input.name) };
  optionals(input, out, NODE_OPTIONAL, NODE_CHECKS);
  return out as GraphNode;
}

function edge(v: unknown): GraphEdge {
  const input = obj(v);
  const id = input.id;
  const source = nonEmpty(input.source);
  const target = nonEmpty(input.target);
  const type = relationType(input.type);
  const out: Rec = id !== undefined || "id" in input ? { id: id === undefined ? id : str(id), source, target, type } : { source, target, type };
  optionals(input, out, EDGE_OPTIONAL, EDGE_CHECKS);
  return out as GraphEdge;
}

function source(v: unknown): GraphSource {
  const input = obj(v);
  const out: Rec = { id: nonEmpty(input.id), title: text(input.title) };
  for (const key of ["publisher", "date", "article", "file", "url", "text"]) opt(input, out, key, str);
  return out as GraphSource;
}

function meta(v: unknown) {
  const input = obj(v);
  const out: Rec = {};
  opt(input, out, "title", text);
  opt(input, out, "description", text);
  opt(input, out, "sources", (s) => list(s, source));
  opt(input, out, "created", str);
  opt(input, out, "license", str);
  opt(input, out, "geoSource", str);
  return out;
}

const storyText = (v: unknown): string | LocalizedText => (typeof v === "string" ? v : text(v));
const ids = (v: unknown) => list(v, (x) => nonEmpty(x));
const int = (v: unknown) => (Number.isInteger(num(v)) ? (v as number) : refuse());
const LAYOUTS: readonly unknown[] = ["free", "two-cities", "map"];

function storyFilters(v: unknown) {
  const input = obj(v);
  const out: Rec = {};
  for (const key of ["hideType", "hideRegion", "hideRelation"]) opt(input, out, key, ids);
  opt(input, out, "from", int);
  opt(input, out, "to", int);
  opt(input, out, "depth", (d) => (int(d) >= 0 && int(d) <= 3 ? d : refuse()));
  return out;
}

function camera(v: unknown) {
  const input = obj(v);
  const out = { x: num(input.x), y: num(input.y), zoom: num(input.zoom) };
  return out.zoom > 0 ? out : refuse();
}

function storyStep(v: unknown): StoryStep {
  const input = obj(v);
  const out: Rec = { caption: storyText(input.caption) };
  opt(input, out, "nodes", ids);
  opt(input, out, "edges", ids);
  opt(input, out, "select", (x) => nonEmpty(x));
  opt(input, out, "filters", storyFilters);
  opt(input, out, "path", (p) => (Array.isArray(p) && p.length === 2 ? ids(p) : refuse()));
  opt(input, out, "year", int);
  opt(input, out, "layout", (l) => (LAYOUTS.includes(l) ? l : refuse()));
  opt(input, out, "camera", camera);
  return out as StoryStep;
}

function story(v: unknown): Story {
  const input = obj(v);
  const out: Rec = { id: nonEmpty(input.id), title: storyText(input.title) };
  opt(input, out, "description", storyText);
  const steps = list(input.steps, storyStep);
  out.steps = steps.length ? steps : refuse();
  return out as Story;
}

/** The graph-wide rules of the schema: unique ids, edge ends that exist, known evidence sources. */
function checkGraph(g: GraphFile): void {
  const ids = new Set<string>();
  for (const n of g.nodes) {
    if (ids.has(n.id)) refuse();
    ids.add(n.id);
  }
  for (const e of g.edges) if (!ids.has(e.source) || !ids.has(e.target)) refuse();
  const storyIds = new Set(g.stories?.map((s) => s.id));
  if (storyIds.size !== (g.stories?.length ?? 0)) refuse();
  const sources = new Set((g.meta?.sources ?? []).map((s) => s.id));
  if (sources.size === 0) return;
  const check = (list: readonly Evidence[] | undefined) => list?.forEach((ev) => sources.has(ev.source) || refuse());
  for (const n of g.nodes) check(n.evidence);
  for (const e of g.edges) check(e.evidence);
}

/** The graph exactly as GraphFileSchema.parse gives it, or undefined where zod must look. */
export function validateFast(graph: unknown): GraphFile | undefined {
  try {
    const input = obj(graph);
    const out: Rec = {};
    opt(input, out, "version", (v) => (v === 1 ? 1 : refuse()));
    opt(input, out, "meta", meta);
    out.nodes = list(input.nodes, node);
    out.edges = list(input.edges, edge);
    opt(input, out, "stories", (v) => list(v, story));
    checkGraph(out as GraphFile);
    return out as GraphFile;
  } catch (err) {
    if (err === REFUSED) return undefined;
    throw err;
  }
}
