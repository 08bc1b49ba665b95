// Messages between the app and the parse worker: a request to fetch a URL or read the
// bytes of a chosen file, the stages it goes through, and the validated graph with its
// warnings (every repair) or the error that names what is wrong and where.
import type { GraphFile } from "../model/schema";
import type { GraphErrorKind, GraphIssue } from "./errors";

export type ParseRequest =
  | { type: "parse:url"; id: number; url: string; file: string }
  | { type: "parse:bytes"; id: number; bytes: Uint8Array; file: string; mime?: string; second?: { bytes: Uint8Array; file: string } };

export type ParseStage = "fetching" | "reading";

export type ParseReply =
  | { type: "parse:progress"; id: number; stage: ParseStage; bytes?: number }
  | { type: "parse:done"; id: number; graph: GraphFile; warnings: GraphIssue[]; format: string }
  | { type: "parse:failed"; id: number; error: { kind: GraphErrorKind; file: string; reason: string; issues: GraphIssue[] } };
