// Collects the warnings of one read: every repair is reported, but after the first few of
// one code the rest are only counted, so a file with a million dangling edges stays cheap.
import type { GraphIssue } from "./errors";
import { makeIssue, type IssueCode, type IssueParams } from "./issueCodes";

export const DETAILS_PER_CODE = 10;

export class Reporter {
  private readonly list: GraphIssue[] = [];
  private readonly counts = new Map<IssueCode, number>();

  warn(code: IssueCode, path: string, params: IssueParams = {}): void {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n <= DETAILS_PER_CODE) this.list.push(makeIssue(code, path, params));
  }

  count(code: IssueCode): number {
    return this.counts.get(code) ?? 0;
  }

  /** The warnings, with one "more-issues" line per code that was cut short. */
  warnings(): GraphIssue[] {
    const out = [...this.list];
    for (const [code, n] of this.counts)
      if (n > DETAILS_PER_CODE) out.push(makeIssue("more-issues", "", { code, count: n - DETAILS_PER_CODE }));
    return out;
  }
}
