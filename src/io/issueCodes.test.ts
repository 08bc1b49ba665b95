// The issue codes the UI translates: every code has both templates, and they fill alike.
import { describe, expect, it } from "vitest";
import { ISSUE_CODES, fillTemplate, issueText, makeIssue, type IssueCode } from "./issueCodes";

const placeholders = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("issue codes", () => {
  it("give every code an English and a Chinese template with the same placeholders", () => {
    for (const [code, t] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.en.trim(), code).not.toBe("");
      expect(t.zh, code).toMatch(/\p{Script=Han}/u);
      expect(placeholders(t.zh), code).toEqual(placeholders(t.en));
    }
  });

  it("fill templates from params, leaving unknown placeholders visible", () => {
    expect(issueText("missing-node", { id: "x" })).toBe("no node with id 'x' — edge dropped");
    expect(issueText("missing-node", { id: "x" }, "zh")).toBe("没有 id 为“x”的节点——已删除这条关系");
    expect(fillTemplate("{{a}} {{b}}", { a: 1 })).toBe("1 {{b}}");
    expect(fillTemplate("{{toString}}", {})).toBe("{{toString}}");
  });

  it("make issues carrying path, English message, code and params", () => {
    const code: IssueCode = "duplicate-id";
    expect(makeIssue(code, "nodes[3].id", { id: "sisu", first: 0 })).toEqual({
      path: "nodes[3].id",
      message: "duplicate id 'sisu' — merged into nodes[0]",
      code,
      params: { id: "sisu", first: 0 },
    });
  });
});
