// A draft graph: what a reader made of a file, before repair and validation. Records are
// plain values of unknown shape (our own JSON is taken as written), so repair and the
// schema, not the readers, decide what is wrong.
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

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/i;

/** #rrggbb from #rgb, #rrggbb, rgb() or rgba(); other text is returned as it is. */
export function toHexColor(color: string): string {
  const text = color.trim();
  const hex = HEX.exec(text)?.[1];
  if (hex) return `#${(hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex).toLowerCase()}`;
  const rgb = RGB.exec(text);
  if (!rgb) return text;
  const byte = (s: string | undefined) => Math.max(0, Math.min(255, Math.round(Number(s)))).toString(16).padStart(2, "0");
  return `#${byte(rgb[1])}${byte(rgb[2])}${byte(rgb[3])}`;
}
