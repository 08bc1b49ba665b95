// Reads CSV tables with papaparse: an edge table (source/target, also from/to, Source/Target
// as Gephi writes, optional type, weight, date) and an optional node table (id, name/label,
// type, region, other columns as attributes). Any delimiter papaparse detects; a header row.
import Papa from "papaparse";
import { GraphLoadError } from "./errors";
import type { Draft } from "./draft";
import { makeIssue } from "./issueCodes";
import { checkText } from "./decode";
import { checkBytes, checkCounts, countMatches, resolveLimits, type ReadLimits } from "./limits";
import { finishRead, type ReadResult } from "./pipeline";
import { edgeFromFields, nodeFromFields, normKey } from "./records";
import { localize } from "./values";
import { Reporter } from "./report";

interface Table {
  header: string[];
  rows: string[][];
}

const SOURCE = ["source", "from", "sourceid"];
const TARGET = ["target", "to", "targetid"];
const ID = ["id", "nodeid"];

/** Undoes the ' writeCsv puts before cells Excel would run as formulas ('=…, ''=…). */
const cellValue = (cell: string | undefined) => {
  if (cell === undefined || cell.trim() === "") return undefined;
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
};

function parseTable(text: string, name: string, report: Reporter): Table {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  for (const e of result.errors)
    if (e.code !== "UndetectableDelimiter") report.warn("csv-row", name, { row: (e.row ?? 0) + 1, reason: e.message });
  const [header = [], ...rows] = result.data;
  return { header: header.map((h) => h.replace(/^\uFEFF/, "").trim()), rows };
}

const column = (t: Table, names: string[]) => t.header.findIndex((h) => names.includes(normKey(h)));
const isEdgeTable = (t: Table) => column(t, SOURCE) >= 0 && column(t, TARGET) >= 0;

/**
 * What a CSV table is by its header row: an edge table (a source and a target column, in
 * any spelling readCsv reads: source/target, from/to, Source Id, 来源/目标…), a node table
 * (an id column), or neither. The one definition: a single file and a pair are told apart by it.
 */
export function csvTableKind(text: string): "edges" | "nodes" | null {
  const header = headerOf(text);
  return isEdgeTable(header) ? "edges" : column(header, ID) >= 0 ? "nodes" : null;
}
const headerOf = (text: string) => parseTable(text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "", "header", new Reporter());

const fieldsOf = (t: Table, row: string[], skip: number[]) =>
  t.header.flatMap((h, j) => (skip.includes(j) ? [] : [[h, cellValue(row[j])] as const]));

function badHeader(file: string, t: Table, expected: string): GraphLoadError {
  const found = t.header.join(", ") || "(none)";
  return new GraphLoadError("invalid", file, "bad CSV header", [makeIssue("bad-csv-header", "", { expected, found })]);
}

function countRows(text: string, limit: number, kind: "nodes" | "edges", file: string, limits: ReadLimits) {
  const rows = countMatches(text, /\n(?=[^\r\n])/g);
  if (rows > limit) checkCounts(kind === "nodes" ? rows : 0, kind === "edges" ? rows : 0, limits, file);
}

function nodeTable(text: string, file: string, report: Reporter): unknown[] {
  const t = parseTable(text, "nodes", report);
  const id = column(t, ID);
  if (id < 0) throw badHeader(file, t, "id");
  return t.rows.map((row, i) =>
    nodeFromFields(cellValue(row[id])?.trim() ?? "", fieldsOf(t, row, [id]), { report, path: `nodes[${i}]`, textValues: true }),
  );
}

/** The draft of an edge table and, optionally, a node table. */
function csvToDraft(edgesText: string | undefined, nodesText: string | undefined, file: string, report: Reporter, limits: ReadLimits): Draft {
  if (nodesText !== undefined) countRows(nodesText, limits.maxNodes, "nodes", file, limits);
  if (edgesText !== undefined) countRows(edgesText, limits.maxEdges, "edges", file, limits);
  const nodes = nodesText === undefined ? [] : nodeTable(nodesText, file, report);
  const edges: unknown[] = [];
  if (edgesText !== undefined) {
    const t = parseTable(edgesText, "edges", report);
    if (!isEdgeTable(t)) throw badHeader(file, t, "source, target");
    const s = column(t, SOURCE), g = column(t, TARGET);
    t.rows.forEach((row, k) => {
      const ctx = { report, path: `edges[${k}]`, textValues: true };
      edges.push(edgeFromFields(cellValue(row[s])?.trim() ?? "", cellValue(row[g])?.trim() ?? "", fieldsOf(t, row, [s, g]), ctx));
    });
  }
  const known = new Set(nodes.map((n) => (n as { id: string }).id));
  for (const e of edges as { source: string; target: string }[])
    for (const id of [e.source, e.target])
      if (id && !known.has(id)) {
        known.add(id);
        if (nodesText !== undefined) report.warn("node-created", `nodes[${nodes.length}]`, { id });
        nodes.push({ id, type: "unknown", name: localize(id) });
      }
  return { nodes, edges };
}

/** A single CSV file: an edge table (with source and target columns) or a node table. */
export function csvFileToDraft(text: string, file: string, report: Reporter, limits: ReadLimits): Draft {
  const kind = csvTableKind(text);
  if (kind === "edges") return csvToDraft(text, undefined, file, report, limits);
  if (kind === "nodes") return csvToDraft(undefined, text, file, report, limits);
  throw badHeader(file, headerOf(text), "source, target (an edge table) or id (a node table)");
}

/** Reads an edge table and an optional node table (texts already decoded: see decodeBytes). */
export function readCsv(edgesText: string, nodesText?: string, options: { file?: string; limits?: Partial<ReadLimits> } = {}): ReadResult {
  const file = options.file ?? "edges.csv";
  const limits = resolveLimits(options.limits);
  const report = new Reporter();
  for (const text of nodesText === undefined ? [edgesText] : [edgesText, nodesText]) {
    checkBytes(text.length, limits.maxBytes, file);
    checkText(text, file);
  }
  return finishRead(csvToDraft(edgesText, nodesText, file, report, limits), "csv", file, report, limits);
}
