// One issue as a line of text in the chosen language: its path, then the message of its
// code (or the English message of an issue without a known code).
import type { GraphIssue } from "../../io/errors";
import { ISSUE_CODES, issueText, type IssueCode } from "../../io/issueCodes";
import type { Lang } from "../../lib/pickText";

export function issueMessage(issue: GraphIssue, lang: Lang): string {
  if (issue.code && Object.prototype.hasOwnProperty.call(ISSUE_CODES, issue.code)) return issueText(issue.code as IssueCode, issue.params ?? {}, lang);
  return issue.message;
}
