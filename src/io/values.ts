// Value conversions shared by the readers: text in its language (Chinese when it has Han
// characters), attribute values as the schema takes them, numbers and positions from
// numbers or numeric text, each repair reported.
import type { AttributeValue, LocalizedText } from "../model/schema";
import type { Reporter } from "./report";
import { isUnsafeKey } from "./safeKeys";
import { HAN } from "../lib/han";

export interface FieldContext {
  report: Reporter;
  /** where the record is, e.g. nodes[3] */
  path: string;
  /** the format stores y pointing up (Gephi): negate it */
  flipY?: boolean;
  /** the format stores every value as text (CSV): numbers in text are expected, not repairs */
  textValues?: boolean;
}

const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** Text in the language it is written in: Chinese when it has Han characters. */
export function localize(text: string): LocalizedText {
  return HAN.test(text) ? { zh: text } : { en: text };
}

export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() ? value : undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function localizedOf(zh: unknown, en: unknown, any: unknown): LocalizedText | undefined {
  const out: LocalizedText = {};
  const z = textOf(zh), e = textOf(en);
  if (z) out.zh = z;
  if (e) out.en = e;
  if (out.zh || out.en) return out; // the display text (a label) is one of the two
  if (isPlainObject(any)) {
    if (textOf(any.zh)) out.zh = textOf(any.zh);
    if (textOf(any.en)) out.en = textOf(any.en);
  } else {
    const t = textOf(any);
    if (t) Object.assign(out, localize(t));
  }
  return out.zh || out.en ? out : undefined;
}

/** Stores a value as an attribute: text, finite number, boolean or null; lists and objects as JSON text. */
export function putAttr(attrs: Record<string, AttributeValue>, key: string, value: unknown, ctx: FieldContext): void {
  if (value === undefined) return;
  if (isUnsafeKey(key)) return ctx.report.warn("unsafe-key", ctx.path, { key });
  if (typeof value === "number" && !Number.isFinite(value))
    return ctx.report.warn("non-finite", `${ctx.path}.attributes.${key}`);
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    attrs[key] = value;
    return;
  }
  try {
    attrs[key] = JSON.stringify(value) ?? String(value);
  } catch {
    attrs[key] = String(value);
  }
}

/** A number from a number or (with a warning unless the format is all text) a numeric text. */
export function numberOf(value: unknown, path: string, ctx: FieldContext): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || !NUMBER_TEXT.test(value)) return undefined;
  const n = Number(value);
  if (!ctx.textValues && Number.isFinite(n)) ctx.report.warn("coerced-number", path, { value, number: n });
  return n;
}

/** A finite {x, y}, or undefined with a warning when the coordinates are not finite numbers. */
export function positionOf(x: unknown, y: unknown, ctx: FieldContext): { x: number; y: number } | undefined {
  if (x === undefined && y === undefined) return undefined;
  const path = `${ctx.path}.position`;
  const nx = numberOf(x, path, ctx), ny = numberOf(y, path, ctx);
  if (nx === undefined || ny === undefined || !Number.isFinite(nx) || !Number.isFinite(ny)) {
    ctx.report.warn("bad-position", path);
    return undefined;
  }
  return { x: nx, y: ctx.flipY ? 0 - ny : ny };
}

/** Latitude and longitude in degrees, when both are numbers within range; a warning otherwise. */
export function geoOf(lat: unknown, lng: unknown, ctx: FieldContext): { lat: number; lng: number } | undefined {
  if ((lat === undefined || lat === "") && (lng === undefined || lng === "")) return undefined;
  const path = `${ctx.path}.geo`;
  const nlat = numberOf(lat, path, ctx), nlng = numberOf(lng, path, ctx);
  if (nlat === undefined || nlng === undefined || !(Math.abs(nlat) <= 90) || !(Math.abs(nlng) <= 180)) {
    ctx.report.warn("bad-geo", path);
    return undefined;
  }
  return { lat: nlat, lng: nlng };
}

export function aliasesOf(value: unknown): string[] | undefined {
  let list = value;
  if (typeof value === "string") {
    try {
      list = value.trim().startsWith("[") ? JSON.parse(value) : value.split("|");
    } catch {
      list = value.split("|");
    }
  }
  if (!Array.isArray(list)) return undefined;
  const out = list.filter((a): a is string => typeof a === "string" && a.trim() !== "");
  return out.length ? out : undefined;
}
