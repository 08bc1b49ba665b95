// Messages between the app and the parse worker: a request to fetch a URL or read the
// bytes of a chosen file, or to cancel one; the stages a request goes through (with the
// bytes downloaded so far); the validated graph, first in its compact form (compactGraph.ts)
// with the warnings (every repair), then the full records that form leaves out; or the
// error that names what is wrong and where.
import type { CompactGraph, RecordChunk } from "./compactGraph";
import type { GraphErrorKind, GraphIssue } from "./errors";

export type ParseRequest =
  | { type: "parse:url"; id: number; url: string; file: string }
  | { type: "parse:bytes"; id: number; bytes: Uint8Array; file: string; mime?: string; second?: { bytes: Uint8Array; file: string } }
  /** a newer load took over: stop fetching and reading, send nothing more */
  | { type: "parse:cancel"; id: number };

export type ParseJobRequest = Exclude<ParseRequest, { type: "parse:cancel" }>;

export type ParseStage = "fetching" | "reading";

export type ParseReply =
  /** bytes: downloaded so far (fetching) or the file's size (reading); total: the announced size, when known */
  | { type: "parse:progress"; id: number; stage: ParseStage; bytes?: number; total?: number }
  /** records: the full records left out of the compact graph, when they come at once; else `chunks` parse:records follow */
  | { type: "parse:graph"; id: number; graph: CompactGraph; warnings: GraphIssue[]; format: string; records: RecordChunk | null; chunks: number }
  | { type: "parse:records"; id: number; records: RecordChunk; last: boolean }
  | { type: "parse:failed"; id: number; error: { kind: GraphErrorKind; file: string; reason: string; issues: GraphIssue[] } };
