// A draft graph: what a reader made of a file, before repair and validation. Records are
// plain values of unknown shape (our own JSON is taken as written), so repair and the
// schema, not the readers, decide what is wrong.
import { color, type RGBColor } from "d3-color";
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";

export interface Draft {
  version?: unknown;
  meta?: unknown;
  nodes: unknown;
  edges: unknown;
}

export const notAGraph = (file: string, expected: string) =>
  new GraphLoadError("invalid", file, "not a graph", [makeIssue("not-a-graph", "", { expected })]);

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The colour a CSS colour text names (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba(), hsl(), named
 * colours), read by d3-color, its channels clamped to 0–255; undefined for other text.
 */
export function rgbOf(text: string): RGBColor | undefined {
  const c = color(text.trim())?.rgb();
  return c && [c.r, c.g, c.b].every(Number.isFinite) ? c.clamp() : undefined;
}

/** #rrggbb for any colour rgbOf reads; other text is returned as it is. */
export function toHexColor(text: string): string {
  return rgbOf(text)?.formatHex() ?? text.trim();
}
