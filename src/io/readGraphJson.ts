// Reads a graph file in our JSON format: parse, accept `links` for `edges`, validate
// with the schema. Every failure is a GraphLoadError naming the record and the field.
import { GraphFileSchema, type GraphFile } from "../model/schema";
import { GraphLoadError, formatPath, type GraphIssue } from "./errors";

const MAX_ISSUES = 50;

export function readGraphJson(text: string, file: string): GraphFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new GraphLoadError("json", file, err instanceof Error ? err.message : String(err));
  }
  return validateGraph(raw, file);
}

export function validateGraph(raw: unknown, file: string): GraphFile {
  let input = raw;
  if (input && typeof input === "object" && !Array.isArray(input)) {
    const obj = input as Record<string, unknown>;
    if (!("edges" in obj) && "links" in obj) input = { ...obj, edges: obj.links, links: undefined };
  }
  const result = GraphFileSchema.safeParse(input);
  if (result.success) return result.data;
  const issues: GraphIssue[] = result.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  throw new GraphLoadError("invalid", file, `${result.error.issues.length} problems`, issues);
}
