// Our JSON as the app reads it (readGraphFile): what it accepts and how it names what it refuses.
// Dangling edges and duplicate ids are repairs, tested in repair.test.ts.
import { describe, expect, it } from "vitest";
import { readGraphFile } from "./readAny";
import { GraphLoadError } from "./errors";

const ok = {
  nodes: [
    { id: "a", type: "university", name: { zh: "甲" } },
    { id: "b", type: "made-up-type", name: { en: "B" } },
  ],
  edges: [{ source: "a", target: "b", type: "partner-of" }],
};

const read = (text: string) => readGraphFile({ text, file: "g.json" }).graph;

function failure(text: string): GraphLoadError {
  try {
    read(text);
  } catch (err) {
    if (err instanceof GraphLoadError) return err;
    throw err;
  }
  throw new Error("expected a GraphLoadError");
}

describe("reading our JSON", () => {
  it("accepts a valid file, keeping unknown node types", () => {
    expect(read(JSON.stringify(ok)).nodes.map((n) => n.type)).toEqual(["university", "made-up-type"]);
  });

  it("accepts `links` in place of `edges` and a byte-order mark", () => {
    const { edges, ...rest } = ok;
    expect(read(`\uFEFF${JSON.stringify({ ...rest, links: edges })}`).edges).toHaveLength(1);
  });

  it("names the record and field of a node without any name", () => {
    const err = failure(JSON.stringify({ nodes: [{ id: "a", type: "city", name: {} }], edges: [] }));
    expect(err.issues.map((i) => i.path)).toContain("nodes[0].name");
    expect(err.message).toContain("g.json");
  });

  it("rejects a badly formed date and an empty id", () => {
    const err = failure(
      JSON.stringify({
        nodes: [{ id: " ", type: "city", name: { zh: "乙" } }, { id: "a", type: "city", name: { zh: "甲" } }],
        edges: [{ source: "a", target: "a", type: "x", date: "April" }],
      }),
    );
    const paths = err.issues.map((i) => i.path);
    expect(paths).toContain("nodes[0].id");
    expect(paths).toContain("edges[0].date");
  });

  it("reports broken JSON with the parser's reason", () => {
    const err = failure('{"nodes": [');
    expect(err.kind).toBe("json");
    expect(err.reason.length).toBeGreaterThan(0);
  });

  it("refuses a file that is not an object with nodes and edges", () => {
    expect(failure("[1,2,3]").kind).toBe("invalid");
    expect(failure('"text"').issues[0]?.path).toBe("");
  });
});
