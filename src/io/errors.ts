// Typed load errors that name the file, the record and the field, so the alert can say
// exactly what is wrong and where ("edges[17].target: no node with id 'x'").
export type GraphErrorKind = "fetch" | "json" | "invalid";

export interface GraphIssue {
  /** a path like nodes[3].name.zh, or "" for the whole file */
  path: string;
  /** the English text; the UI translates `code` with `params` (see issueCodes.ts) */
  message: string;
  /** a stable code, e.g. "missing-node", "duplicate-id", "too-large" (src/io/issueCodes.ts) */
  code?: string;
  /** the values the code's message templates interpolate */
  params?: Record<string, string | number>;
}

export class GraphLoadError extends Error {
  readonly kind: GraphErrorKind;
  readonly file: string;
  readonly issues: readonly GraphIssue[];
  readonly reason: string;

  constructor(kind: GraphErrorKind, file: string, reason: string, issues: readonly GraphIssue[] = []) {
    super(
      issues.length
        ? `${file}: ${issues
            .slice(0, 3)
            .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
            .join("; ")}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ""}`
        : `${file}: ${reason}`,
    );
    this.name = "GraphLoadError";
    this.kind = kind;
    this.file = file;
    this.reason = reason;
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
