// Keys that could change an object's prototype (or shadow what a library looks up on
// one) are never copied from a file: JSON is parsed with a reviver that drops them, and
// the XML and CSV readers filter attribute names through isUnsafeKey.
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";
import type { Reporter } from "./report";

const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** True for __proto__, constructor, prototype and every name Object.prototype answers to. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key) || key in Object.prototype;
}

// the three keys, or a \u escape of one of their letters (\u005f, \u0063 … \u0079)
const MAY_HOLD_UNSAFE = /__proto__|constructor|prototype|\\u00[5-7]/i;

/** JSON.parse that drops unsafe keys wherever they are (reported once per key name). */
export function parseJsonSafely(text: string, file: string, report: Reporter): unknown {
  const dropped = new Set<string>();
  const reviver = (key: string, value: unknown) => {
    if (!UNSAFE_KEYS.has(key)) return value;
    if (!dropped.has(key)) report.warn("unsafe-key", "", { key });
    dropped.add(key);
    return undefined;
  };
  try {
    return MAY_HOLD_UNSAFE.test(text) ? JSON.parse(text, reviver) : JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new GraphLoadError("json", file, reason, [makeIssue("json-malformed", "", { reason })]);
  }
}
