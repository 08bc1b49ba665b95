import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderJsonSchema } from "./jsonSchema";
import { NODE_TYPES, RELATION_TYPES } from "./vocabulary";

describe("the published JSON Schema", () => {
  it("is the one generated from the zod schema (run `npm run schema:build` when this fails)", () => {
    const committed = readFileSync(new URL("../../public/schema/graph.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(renderJsonSchema());
  });

  it("documents every node type and relation type of the vocabulary", () => {
    const text = renderJsonSchema();
    for (const type of [...NODE_TYPES, ...RELATION_TYPES]) expect(text).toContain(`"${type}"`);
  });
});
