// The one mapping from another tool's flat record (a GEXF node's attvalues, a GraphML
// node's data, a CSV row, a node-link object) to our node and edge fields. Known field
// names are matched case-insensitively ("Label", "name_zh"); the rest become attributes.
import type { AttributeValue } from "../model/schema";
import { REGIONS } from "../model/vocabulary";
import { isUnsafeKey } from "./safeKeys";
import { aliasesOf, geoOf, localize, localizedOf, numberOf, positionOf, putAttr, textOf, type FieldContext } from "./values";
import { matchNodeType, matchRelationType, typeText } from "./vocab";

export type Fields = Iterable<readonly [string, unknown]>;
export type Record_ = Record<string, unknown>;

/** Attribute names our writers prefix with this when they would clash with a field. */
export const ATTR_PREFIX = "attr:";

const NODE_KEYS = ["id", "label", "name", "namezh", "nameen", "type", "nodetype", "region", "url", "description",
  "descriptionzh", "descriptionen", "aliases", "x", "y", "pos", "index", "vx", "vy", "fx", "fy", "lat", "lng"];
const EDGE_KEYS = ["id", "source", "target", "from", "to", "type", "relation", "relationtype", "kind", "label",
  "labelzh", "labelen", "weight", "value", "date", "directed"];
const RESERVED = new Set([...NODE_KEYS, ...EDGE_KEYS, "color", "size", "z", "shape", "thickness", "r", "g", "b"]);
const SKIPPED_NODE_KEYS = new Set(["id", "index", "vx", "vy", "fx", "fy"]);

// other spellings of field names: Gephi's "Edge Label", and Chinese spreadsheets' column names
const ALIASES: Record<string, string> = {
  edgelabel: "label", edgeid: "id", nodelabel: "label", 标签: "label", 名称: "name", 名字: "name", 类型: "type",
  地区: "region", 区域: "region", 来源: "source", 源: "source", 起点: "source", 目标: "target", 终点: "target",
  关系: "relation", 权重: "weight", 日期: "date", 网址: "url",
  latitude: "lat", longitude: "lng", lon: "lng", 纬度: "lat", 经度: "lng",
};

export const normKey = (key: string) => {
  const k = key.toLowerCase().replace(/[\s_\-.]/g, "");
  return Object.prototype.hasOwnProperty.call(ALIASES, k) ? ALIASES[k]! : k;
};
/** Whether an attribute of this name must be written with ATTR_PREFIX to read back as one. */
export const isReservedKey = (key: string) => RESERVED.has(normKey(key)) || key.startsWith(ATTR_PREFIX);

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Splits a flat record into the fields we know (by normalized key, first one wins) and the
 * rest, kept as attributes; unsafe keys are dropped with a warning, skipped keys ignored.
 */
function splitFields(fields: Fields, ctx: FieldContext, knownKeys: readonly string[], skip: (k: string) => boolean) {
  const attributes: Record<string, AttributeValue> = Object.create(null);
  const known = new Map<string, unknown>();
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    if (isUnsafeKey(key)) ctx.report.warn("unsafe-key", ctx.path, { key });
    else if (key.startsWith(ATTR_PREFIX)) putAttr(attributes, key.slice(ATTR_PREFIX.length), value, ctx);
    else {
      const k = normKey(key);
      if (skip(k)) continue;
      if (knownKeys.includes(k) && !known.has(k)) known.set(k, value);
      else putAttr(attributes, key, value, ctx);
    }
  }
  return { attributes, known };
}

/** Our node from a flat record. `id` is given apart; "id", d3's index/vx/vy/fx/fy are skipped. */
export function nodeFromFields(id: string, fields: Fields, ctx: FieldContext): Record_ {
  const { attributes, known } = splitFields(fields, ctx, NODE_KEYS, (k) => SKIPPED_NODE_KEYS.has(k));
  const node: Record_ = { id };
  const displayName = known.get("name") ?? known.get("label");
  node.name = localizedOf(known.get("namezh"), known.get("nameen"), displayName) ?? localize(id || "?");
  if (known.get("name") !== undefined && known.get("label") !== undefined) putAttr(attributes, "label", known.get("label"), ctx);
  const rawType = known.get("type") ?? known.get("nodetype");
  const type = matchNodeType(rawType);
  node.type = type ?? "unknown";
  if (type === undefined && rawType !== undefined && rawType !== "") putAttr(attributes, "type", rawType, ctx);
  const region = known.get("region");
  if (typeof region === "string" && (REGIONS as readonly string[]).includes(region.trim().toLowerCase()))
    node.region = region.trim().toLowerCase();
  else if (region !== undefined) putAttr(attributes, "region", region, ctx);
  const url = known.get("url");
  if (typeof url === "string" && url.trim()) node.url = url.trim();
  const description = localizedOf(known.get("descriptionzh"), known.get("descriptionen"), known.get("description"));
  if (description) node.description = description;
  const aliases = aliasesOf(known.get("aliases"));
  if (aliases) node.aliases = aliases;
  const pos = known.get("pos");
  const position = Array.isArray(pos) ? positionOf(pos[0], pos[1], ctx) : positionOf(known.get("x"), known.get("y"), ctx);
  if (position) node.position = position;
  const geo = geoOf(known.get("lat"), known.get("lng"), ctx);
  if (geo) node.geo = geo;
  if (Object.keys(attributes).length) node.attributes = attributes;
  return node;
}

const DIRECTION = /^(directed|undirected|mutual)$/i;

/** Our edge from a flat record: `relation` is taken as written; type, kind or label where it names a relation. */
const EDGE_ENDS = ["source", "target", "from", "to"];

export function edgeFromFields(source: unknown, target: unknown, fields: Fields, ctx: FieldContext): Record_ {
  const { attributes, known } = splitFields(fields, ctx, EDGE_KEYS, (k) => EDGE_ENDS.includes(k));
  const edge: Record_ = { source, target };
  const id = textOf(known.get("id"));
  if (id !== undefined) edge.id = id;
  const relation = known.get("relation") ?? known.get("relationtype");
  let type: string | undefined = matchRelationType(relation) ?? typeText(relation);
  for (const key of ["type", "kind", "label"]) {
    const value = known.get(key);
    if (value === undefined) continue;
    if (typeof value === "string" && DIRECTION.test(value.trim())) {
      attributes.directed = value.trim().toLowerCase() === "directed";
      continue;
    }
    const match = type === undefined ? matchRelationType(value) : undefined;
    if (match) {
      type = match;
      if (key === "label") known.delete("label");
    } else if (key !== "label") putAttr(attributes, key, value, ctx);
  }
  edge.type = type ?? "related";
  const label = localizedOf(known.get("labelzh"), known.get("labelen"), known.get("label"));
  if (label) edge.label = label;
  const rawWeight = known.get("weight") ?? known.get("value");
  if (known.get("weight") !== undefined && known.get("value") !== undefined) putAttr(attributes, "value", known.get("value"), ctx);
  if (rawWeight !== undefined && rawWeight !== "") {
    const weight = numberOf(rawWeight, `${ctx.path}.weight`, ctx);
    if (weight !== undefined && Number.isFinite(weight)) edge.weight = weight;
    else ctx.report.warn("bad-weight", `${ctx.path}.weight`, { value: String(rawWeight) });
  }
  const rawDate = known.get("date");
  const date = typeof rawDate === "number" && Number.isInteger(rawDate) ? String(rawDate) : rawDate;
  if (typeof date === "string" && DATE.test(date.trim())) edge.date = date.trim();
  else if (rawDate !== undefined && rawDate !== "") {
    ctx.report.warn("bad-date", `${ctx.path}.date`, { value: String(rawDate) });
    putAttr(attributes, "date", rawDate, ctx);
  }
  if (known.has("directed")) putAttr(attributes, "directed", known.get("directed"), ctx);
  if (Object.keys(attributes).length) edge.attributes = attributes;
  return edge;
}
