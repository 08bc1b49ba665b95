// Messages between the app and the parse worker: a request to fetch (or take) a file and
// read it, and the validated graph or the error that names what is wrong and where.
import type { GraphFile } from "../model/schema";
import type { GraphErrorKind, GraphIssue } from "./errors";

export type ParseRequest =
  | { type: "parse:url"; id: number; url: string; file: string }
  | { type: "parse:text"; id: number; text: string; file: string };

export type ParseReply =
  | { type: "parse:done"; id: number; graph: GraphFile }
  | { type: "parse:failed"; id: number; error: { kind: GraphErrorKind; file: string; reason: string; issues: GraphIssue[] } };
