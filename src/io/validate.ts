// Validates a repaired draft with the one schema (model/schema.ts). Paths name the record
// as the file numbers it (before repair dropped or merged records), and zod/mini's terse
// "Invalid input" becomes a coded message: missing-field, wrong-type or invalid-value.
// A valid graph takes the hand-written fast path (validateFast.ts) and never reaches zod.
import { GraphFileSchema, type GraphFile } from "../model/schema";
import { GraphLoadError, formatPath, type GraphIssue } from "./errors";
import { makeIssue } from "./issueCodes";
import type { Repaired } from "./repair";
import { validateFast } from "./validateFast";

const MAX_ISSUES = 50;

interface ZodIssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

const kindOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : `a ${typeof v}`);

function describe(issue: ZodIssueLike, value: unknown, path: string): GraphIssue {
  const generic = issue.message === "Invalid input";
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union"))
    return path.endsWith(".id") ? makeIssue("missing-id", path) : makeIssue("missing-field", path);
  if (issue.code === "invalid_type" && issue.expected)
    return makeIssue("wrong-type", path, { expected: issue.expected, found: kindOf(value) });
  if (issue.code === "invalid_value" && issue.values)
    return makeIssue("invalid-value", path, { message: `must be one of ${issue.values.join(", ")}` });
  if (issue.code === "invalid_union" && generic)
    return makeIssue("invalid-value", path, { message: `not a valid value (${kindOf(value)})` });
  return { ...makeIssue("invalid-value", path, { message: issue.message }), message: issue.message };
}

export function validateRepaired({ graph, nodeOrigin, edgeOrigin }: Repaired, file: string): GraphFile {
  const fast = validateFast(graph);
  if (fast) return fast;
  const result = GraphFileSchema.safeParse(graph);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, MAX_ISSUES).map((issue: ZodIssueLike) => {
    const filePath = [...issue.path];
    const origin = filePath[0] === "nodes" ? nodeOrigin : filePath[0] === "edges" ? edgeOrigin : undefined;
    if (origin && typeof filePath[1] === "number") filePath[1] = origin[filePath[1]] ?? filePath[1];
    return describe(issue, valueAt(graph, issue.path), formatPath(filePath));
  });
  throw new GraphLoadError("invalid", file, `${result.error.issues.length} problems`, issues);
}
