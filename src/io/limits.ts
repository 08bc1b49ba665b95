// The documented size limits of an import. Files beyond them are refused with a clear
// error (code too-large / too-many-nodes / too-many-edges), checked before heavy parsing
// where the format allows: the byte size first, then a cheap count of records. XML has a
// lower byte limit: its DOM (xmldom) takes about 50-75 times the file size in memory and
// reads about 2-4 MB a second, so 32 MB of GEXF is some 10-20 s and 2 GB in a worker.
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";

export interface ReadLimits {
  /** the largest file, in bytes (text is measured in UTF-16 code units, close enough) */
  maxBytes: number;
  /** the largest GEXF or GraphML file, in bytes */
  maxXmlBytes: number;
  maxNodes: number;
  maxEdges: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxBytes: 100 * MB,
  maxXmlBytes: 32 * MB,
  maxNodes: 1_000_000,
  maxEdges: 3_000_000,
});

export function resolveLimits(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

export function checkBytes(size: number, max: number, file: string): void {
  if (size > max)
    throw new GraphLoadError("invalid", file, "file too large", [makeIssue("too-large", "", { size: mb(size), limit: mb(max) })]);
}

export function checkCounts(nodes: number, edges: number, limits: ReadLimits, file: string): void {
  const issues = [];
  if (nodes > limits.maxNodes) issues.push(makeIssue("too-many-nodes", "nodes", { count: nodes, limit: limits.maxNodes }));
  if (edges > limits.maxEdges) issues.push(makeIssue("too-many-edges", "edges", { count: edges, limit: limits.maxEdges }));
  if (issues.length) throw new GraphLoadError("invalid", file, "too many records", issues);
}

/** Counts the matches of a global pattern: a cheap pre-count before heavy parsing. */
export function countMatches(text: string, pattern: RegExp): number {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
