// Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 by its BOM, and
// GB18030/GBK (what Chinese Excel saves) when the bytes are not valid UTF-8. Refuses
// binary data: the readers then only ever see text.
import { GraphLoadError } from "./errors";
import { makeIssue, type IssueCode } from "./issueCodes";
import type { Reporter } from "./report";

const refuse = (file: string, code: IssueCode) =>
  new GraphLoadError("invalid", file, code, [makeIssue(code, "")]);

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array, file: string, report: Reporter): string {
  const [a, b, c] = bytes;
  let text: string | undefined;
  if (a === 0xef && b === 0xbb && c === 0xbf) text = tryDecode("utf-8", bytes);
  else if (a === 0xff && b === 0xfe) text = tryDecode("utf-16le", bytes);
  else if (a === 0xfe && b === 0xff) text = tryDecode("utf-16be", bytes);
  else {
    if (bytes.includes(0)) throw refuse(file, "binary");
    text = tryDecode("utf-8", bytes);
    if (text === undefined) {
      text = tryDecode("gb18030", bytes);
      if (text !== undefined) report.warn("decoded-gb18030", "");
    }
  }
  if (text === undefined) throw refuse(file, "bad-encoding");
  return text;
}

// C0 controls other than tab, line feed and carriage return (and form feed, which CSV exports have)
// eslint-disable-next-line no-control-regex -- these control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

/** Refuses text that is binary data: a NUL, or more than 1 in 100 characters a control. */
export function checkText(text: string, file: string): void {
  if (text.includes("\u0000")) throw refuse(file, "binary");
  const head = text.slice(0, 65536);
  const controls = head.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls * 100 > head.length) throw refuse(file, "binary");
}
