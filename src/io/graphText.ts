// The first steps of reading any graph file, before its format is known: the byte limit,
// decoding (BOM, UTF-16, GB18030), and refusing empty or binary content.
import { checkText, decodeBytes } from "./decode";
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";
import { checkBytes, type ReadLimits } from "./limits";
import type { Reporter } from "./report";

export interface ReadInput {
  text?: string;
  bytes?: Uint8Array;
  /** the file's name, used in every message and to help tell the format */
  file: string;
  mime?: string;
}

export function graphText(input: ReadInput, limits: ReadLimits, report: Reporter): string {
  const { file } = input;
  const size = input.bytes ? input.bytes.byteLength : (input.text ?? "").length;
  checkBytes(size, limits.maxBytes, file);
  let text = input.text;
  if (text === undefined && input.bytes && input.bytes.byteLength > 0) text = decodeBytes(input.bytes, file, report);
  text = (text ?? "").replace(/^\uFEFF/, "");
  if (!text.trim()) throw new GraphLoadError("invalid", file, "empty file", [makeIssue("empty-file", "")]);
  checkText(text, file);
  return text;
}
