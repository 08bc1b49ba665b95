// The measure columns of the table: which are shown (Degree, Betweenness and PageRank to
// begin with) and how a value is written.
import { MEASURE_IDS, type MeasureId } from "../../analysis/measureIds";

export const DEFAULT_MEASURE_COLUMNS: readonly MeasureId[] = ["degree", "betweenness", "pagerank"];
export const ALL_MEASURES = MEASURE_IDS;

const COUNTS: ReadonlySet<MeasureId> = new Set(["degree", "inDegree", "outDegree"]);

/** Counts as integers, the component 1-based, the rest with three significant digits. */
export function formatMeasure(id: MeasureId, value: number, lang: "zh" | "en"): string {
  if (!Number.isFinite(value)) return "—";
  if (id === "component") return String(value + 1);
  if (COUNTS.has(id) || Number.isInteger(value)) return value.toLocaleString(lang === "zh" ? "zh-CN" : "en");
  return value === 0 ? "0" : value.toPrecision(3);
}
