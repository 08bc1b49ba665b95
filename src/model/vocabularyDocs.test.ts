import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NODE_TYPE_LABELS, REGION_LABELS, RELATION_TYPE_LABELS } from "./vocabulary";

const doc = readFileSync(new URL("../../docs/data-format.md", import.meta.url), "utf8");

describe("docs/data-format.md", () => {
  it("documents every node type, relation type and region with both labels", () => {
    for (const [type, label] of [...Object.entries(NODE_TYPE_LABELS), ...Object.entries(RELATION_TYPE_LABELS), ...Object.entries(REGION_LABELS)]) {
      expect(doc, type).toContain(`| \`${type}\` | ${label.zh} | ${label.en} |`);
    }
  });
});
