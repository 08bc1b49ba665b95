// Exports the current view as two CSV tables (papaparse): nodes (id, names, type, region,
// x, y, colour, attributes) and edges (source, target, relation, ...). Cells Excel would
// run as formulas get a leading ' (readCsv removes it); a BOM makes Excel read UTF-8.
import Papa from "papaparse";
import type { GraphFile } from "../model/schema";
import { toHexColor } from "./draft";
import { exportKey, flatValue, positionOf, type ExportView } from "./exportView";

type Cell = string | number | boolean | null | undefined;

export interface CsvTables {
  nodes: string;
  edges: string;
}

function attributeColumns(records: { attributes?: Record<string, unknown> }[]): string[] {
  const names = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.attributes ?? {})) names.add(k);
  return [...names];
}

const colorOf = (view: ExportView | undefined, i: number) => {
  const c = view?.colors?.[i];
  return c ? toHexColor(c) : undefined;
};

/** Text Excel would run as a formula gets a leading ' (and text already so guarded one more). */
const guard = (c: Cell) => (c === undefined || c === null ? "" : typeof c === "string" && /^'*[=+\-@\t\r]/.test(c) ? `'${c}` : c);

function table(header: string[], rows: Cell[][], bom: boolean): string {
  const text = Papa.unparse({ fields: header.map((h) => String(guard(h))), data: rows.map((r) => r.map(guard)) }, { newline: "\r\n" });
  return (bom ? "\uFEFF" : "") + text + "\r\n";
}

export function writeCsv(graph: GraphFile, view?: ExportView, options: { bom?: boolean } = {}): CsvTables {
  const bom = options.bom ?? true;
  const nodeAttrs = attributeColumns(graph.nodes);
  const nodeRows = graph.nodes.map((n, i) => {
    const p = positionOf(graph, view, i);
    return [
      n.id, n.name.zh, n.name.en, n.type, n.region, p?.x, p?.y, colorOf(view, i), n.url,
      n.description?.zh, n.description?.en, n.aliases?.length ? JSON.stringify(n.aliases) : undefined, n.geo?.lat, n.geo?.lng,
      ...nodeAttrs.map((k) => {
        const v = n.attributes?.[k];
        return v === undefined ? undefined : flatValue(v);
      }),
    ];
  });
  const edgeAttrs = attributeColumns(graph.edges);
  const edgeRows = graph.edges.map((e) => [
    e.source, e.target, e.type, e.id, e.date, e.weight, e.label?.zh, e.label?.en,
    ...edgeAttrs.map((k) => {
      const v = e.attributes?.[k];
      return v === undefined ? undefined : flatValue(v);
    }),
  ]);
  return {
    nodes: table(
      ["id", "name_zh", "name_en", "type", "region", "x", "y", "color", "url", "description_zh", "description_en", "aliases", "lat", "lng", ...nodeAttrs.map(exportKey)],
      nodeRows,
      bom,
    ),
    edges: table(["source", "target", "relation", "id", "date", "weight", "label_zh", "label_en", ...edgeAttrs.map(exportKey)], edgeRows, bom),
  };
}
