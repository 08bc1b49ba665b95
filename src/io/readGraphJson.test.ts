import { describe, expect, it } from "vitest";
import { readGraphJson } from "./readGraphJson";
import { GraphLoadError } from "./errors";

const ok = {
  nodes: [
    { id: "a", type: "university", name: { zh: "甲" } },
    { id: "b", type: "made-up-type", name: { en: "B" } },
  ],
  edges: [{ source: "a", target: "b", type: "partner-of" }],
};

function failure(text: string): GraphLoadError {
  try {
    readGraphJson(text, "g.json");
  } catch (err) {
    if (err instanceof GraphLoadError) return err;
    throw err;
  }
  throw new Error("expected a GraphLoadError");
}

describe("readGraphJson", () => {
  it("accepts a valid file, keeping unknown node types", () => {
    const g = readGraphJson(JSON.stringify(ok), "g.json");
    expect(g.nodes.map((n) => n.type)).toEqual(["university", "made-up-type"]);
  });

  it("accepts `links` in place of `edges` and a byte-order mark", () => {
    const { edges, ...rest } = ok;
    const g = readGraphJson(`\uFEFF${JSON.stringify({ ...rest, links: edges })}`, "g.json");
    expect(g.edges).toHaveLength(1);
  });

  it("names the record and field of an edge to a missing node", () => {
    const err = failure(JSON.stringify({ ...ok, edges: [...ok.edges, { source: "a", target: "x", type: "leads" }] }));
    expect(err.kind).toBe("invalid");
    expect(err.issues).toContainEqual({ path: "edges[1].target", message: "no node with id 'x'" });
    expect(err.message).toContain("g.json: edges[1].target: no node with id 'x'");
  });

  it("names a node without any name and a duplicate id", () => {
    const err = failure(
      JSON.stringify({ nodes: [{ id: "a", type: "city", name: {} }, { id: "a", type: "city", name: { zh: "乙" } }], edges: [] }),
    );
    expect(err.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["nodes[0].name", "nodes[1].id"]));
  });

  it("rejects a badly formed date and an empty id", () => {
    const err = failure(
      JSON.stringify({ nodes: [{ id: " ", type: "city", name: { zh: "乙" } }], edges: [{ source: "a", target: "a", type: "x", date: "April" }] }),
    );
    const paths = err.issues.map((i) => i.path);
    expect(paths).toContain("nodes[0].id");
    expect(paths).toContain("edges[0].date");
  });

  it("reports broken JSON as a json error with the parser's reason", () => {
    const err = failure('{"nodes": [');
    expect(err.kind).toBe("json");
    expect(err.reason.length).toBeGreaterThan(0);
  });

  it("refuses a file that is not an object with nodes and edges", () => {
    expect(failure("[1,2,3]").kind).toBe("invalid");
    expect(failure('"text"').issues[0]?.path).toBe("");
  });
});
