// What an export writes besides the graph: the current view's positions (the layout's
// Float32Array, x and y per node), a colour and a size per node. Shared by the writers.
import type { AttributeValue, GraphFile, GraphNode } from "../model/schema";
import { ATTR_PREFIX, isReservedKey } from "./records";

export interface ExportView {
  /** x, y per node in node order (stride 2); NaN for a node without a position */
  positions?: Float32Array | null;
  /** a CSS colour per node, in any form d3-color reads (#rrggbb, #rgb, rgb(), hsl(), names) */
  colors?: readonly (string | undefined)[];
  /** a drawn size (radius) per node */
  sizes?: ArrayLike<number>;
}

/** The node's position in the view, else its saved one, if finite. */
export function positionOf(graph: GraphFile, view: ExportView | undefined, i: number): { x: number; y: number } | undefined {
  const p = view?.positions;
  if (p && p.length >= i * 2 + 2) {
    const x = p[i * 2]!, y = p[i * 2 + 1]!;
    if (Number.isFinite(x) && Number.isFinite(y)) return { x, y };
  }
  const saved = graph.nodes[i]?.position;
  return saved && Number.isFinite(saved.x) && Number.isFinite(saved.y) ? saved : undefined;
}

export function sizeOf(view: ExportView | undefined, node: GraphNode, i: number): number | undefined {
  const s = view?.sizes?.[i] ?? node.attributes?.size;
  return typeof s === "number" && Number.isFinite(s) ? s : undefined;
}

/** A figure's value; other attribute values as they are. */
export function flatValue(v: AttributeValue): string | number | boolean | null {
  return v !== null && typeof v === "object" ? v.value : v;
}

/** The name an attribute is written under: prefixed when it would read back as a field. */
export const exportKey = (key: string) => (isReservedKey(key) ? `${ATTR_PREFIX}${key}` : key);

/** Removes characters XML 1.0 cannot hold (C0 controls, lone surrogates, U+FFFE/FFFF). */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are what is looked for
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}
