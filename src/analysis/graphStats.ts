// Figures of the whole graph for the statistics pane and its CSV: nodes and relations by
// type, the degree distribution in bins, and the figures the measures run gives.
import type { GraphModel } from "../model/graphModel";
import type { GraphFigures } from "./measures";

export function countByType(types: readonly string[]): [string, number][] {
  const map = new Map<string, number>();
  for (const t of types) map.set(t, (map.get(t) ?? 0) + 1);
  return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface HistogramBin {
  /** lowest and highest number of links in the bin */
  from: number;
  to: number;
  count: number;
}

/** Nodes per number of links: one bin per value up to 30, else 20 bins of equal width. */
export function degreeHistogram(degree: ArrayLike<number>): HistogramBin[] {
  let max = 0;
  for (let i = 0; i < degree.length; i++) max = Math.max(max, degree[i]!);
  const width = max <= 30 ? 1 : Math.ceil((max + 1) / 20);
  const bins: HistogramBin[] = Array.from({ length: Math.floor(max / width) + 1 }, (_, b) => ({ from: b * width, to: b * width + width - 1, count: 0 }));
  for (let i = 0; i < degree.length; i++) bins[Math.floor(degree[i]! / width)]!.count++;
  return bins;
}

const cell = (v: string | number) => (typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The statistics as one CSV table: section, name, value. */
export function statsCsv(model: GraphModel, figures: GraphFigures | null, sampled: number | null): string {
  const rows: (string | number)[][] = [["section", "name", "value"]];
  rows.push(["graph", "nodes", model.nodes.length], ["graph", "edges", model.edges.length]);
  if (figures) {
    rows.push(["graph", "density", figures.density], ["graph", "diameter", figures.diameter], ["graph", "averagePathLength", figures.averagePathLength]);
    rows.push(["graph", "components", figures.components]);
    if (sampled) rows.push(["graph", "sampledStartingNodes", sampled]);
  }
  for (const [type, n] of countByType(model.nodes.map((n) => n.type))) rows.push(["nodeType", type, n]);
  for (const [type, n] of countByType(model.edges.map((e) => e.type))) rows.push(["relationType", type, n]);
  for (const bin of degreeHistogram(model.degree)) rows.push(["degree", bin.from === bin.to ? String(bin.from) : `${bin.from}-${bin.to}`, bin.count]);
  return `${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
