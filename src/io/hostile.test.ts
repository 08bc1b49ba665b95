// One broken or hostile file per rule (tests/fixtures/hostile/), each with its outcome:
// refused with a coded error naming the record, or read with the repair reported.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { GraphLoadError } from "./errors";
import { readGraphFile, type ReadInput } from "./readAny";
import { readCsv } from "./readCsv";

const dir = new URL("../../tests/fixtures/hostile/", import.meta.url);
const input = (name: string): ReadInput => ({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) });
const open = (name: string) => readGraphFile(input(name));

function refusal(read: () => unknown): GraphLoadError {
  try {
    read();
  } catch (err) {
    if (err instanceof GraphLoadError) return err;
    throw err;
  }
  throw new Error("expected a GraphLoadError");
}
const codes = (list: readonly { code?: string }[]) => list.map((i) => i.code);

/** Every object in a value has the ordinary prototype (or none) and no "polluted" key. */
function assertClean(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  expect([Object.prototype, Array.prototype, null]).toContain(proto);
  expect(Object.prototype.hasOwnProperty.call(value, "polluted")).toBe(false);
  for (const v of Object.values(value)) assertClean(v, seen);
}

describe("prototype pollution", () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).d0).toBeUndefined();
  });

  it("our JSON with __proto__/constructor/prototype in every position (also \\u-escaped)", () => {
    const { graph, warnings } = open("proto-pollution.json");
    assertClean(graph);
    expect(graph.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(graph.nodes[0]!.attributes).toEqual({ ok: 2 });
    expect(warnings.filter((w) => w.code === "unsafe-key").map((w) => w.params?.key).sort()).toEqual(["__proto__", "constructor", "prototype"]);
  });

  it("node-link JSON with ids named __proto__ and constructor: kept as ids, never as keys", () => {
    const { graph, warnings } = open("proto-pollution.nodelink.json");
    assertClean(graph);
    expect(graph.nodes.map((n) => n.id)).toEqual(["__proto__", "constructor"]);
    expect(graph.edges).toEqual([{ source: "__proto__", target: "constructor", type: "related" }]);
    expect(codes(warnings)).toContain("unsafe-key");
  });

  it("GEXF with unsafe attribute ids, titles, attvalues, meta tags, node ids and edge types", () => {
    const { graph, warnings } = open("proto-pollution.gexf");
    assertClean(graph);
    expect(graph.nodes.map((n) => n.id)).toEqual(["a", "__proto__"]);
    expect(graph.nodes[0]!.attributes).toEqual({ ok: "kept" });
    expect(graph.edges).toHaveLength(1);
    expect(new Set(codes(warnings))).toEqual(new Set(["unsafe-key"]));
  });

  it("GraphML with a key for=__proto__ (graphology-graphml would write Object.prototype), unsafe names and types", () => {
    const { graph } = open("proto-pollution.graphml");
    assertClean(graph);
    expect(graph.nodes[0]!.attributes).toEqual({ ok: "kept", note: "n" });
    expect(graph.edges[0]!.attributes).toEqual({ note: "e" }); // for="all" applies to edges too
  });

  it("CSV with unsafe column names", () => {
    const { graph, warnings } = open("proto-pollution-nodes.csv");
    assertClean(graph);
    expect(graph.nodes[0]!.attributes).toEqual({ ok: "5" });
    expect(warnings.map((w) => w.params?.key)).toEqual(["__proto__", "constructor", "prototype", "hasOwnProperty"]);
  });

  it("edge tables naming __proto__ nodes", () => {
    const { graph } = readCsv("source,target\n__proto__,constructor\ntoString,__proto__\n");
    assertClean(graph);
    expect(graph.nodes.map((n) => n.id)).toEqual(["__proto__", "constructor", "toString"]);
  });
});

describe("XML entities", () => {
  it("refuses a billion-laughs bomb before expanding anything", () => {
    const err = refusal(() => open("billion-laughs.gexf"));
    expect(codes(err.issues)).toEqual(["xml-entities"]);
    expect(err.message).toContain("billion-laughs.gexf: the XML declares entities");
  });

  it("refuses an external entity (file:///etc/passwd)", () => {
    expect(codes(refusal(() => open("external-entity.graphml")).issues)).toEqual(["xml-entities"]);
  });

  it("fetches no external DTD: the file reads with the built-in entities only", () => {
    expect(open("external-dtd.graphml").graph.nodes[0]!.name).toEqual({ en: "A & B" });
  });

  it("refuses an undeclared entity as malformed XML", () => {
    const err = refusal(() => readGraphFile({ file: "u.graphml", text: "<graphml><graph><node id='a'>&xxe;</node></graph></graphml>" }));
    expect(err.issues[0]).toMatchObject({ code: "xml-malformed" });
    expect(err.issues[0]!.message).toContain("entity not found");
  });
});

describe("numbers", () => {
  it("GEXF NaN/Infinity/text coordinates: position dropped with a warning, the node kept", () => {
    const { graph, warnings } = open("nan-coordinates.gexf");
    expect(graph.nodes.map((n) => n.position)).toEqual([undefined, undefined, undefined, { x: 4.5, y: 5 }]);
    expect(warnings.map((w) => `${w.code} ${w.path}`)).toEqual([
      "bad-position nodes[0].position", "bad-position nodes[1].position", "bad-position nodes[2].position",
      "non-finite nodes[3].attributes.size", "bad-weight edges[0].weight",
    ]);
  });

  it("JSON coordinates written as strings: 'NaN' and 'Infinity' dropped, numeric text read as a number", () => {
    const { graph, warnings } = open("nan-coordinates.json");
    expect(graph.nodes.map((n) => n.position)).toEqual([undefined, undefined, { x: 12.5, y: -3 }, { x: 1, y: 2 }]);
    expect(codes(warnings)).toEqual(["bad-position", "bad-position", "coerced-number"]);
  });

  it("1e999 and friends (Infinity after parsing) are dropped where they are; big finite numbers kept", () => {
    const { graph, warnings } = open("huge-numbers.json");
    expect(graph.nodes[0]!.position).toBeUndefined();
    expect(graph.nodes[0]!.attributes).toEqual({ fine: 1.7976931348623157e308 });
    expect(graph.nodes[1]!.attributes?.long).toBe(1.2345678901234568e29);
    expect(graph.edges[0]!.weight).toBeUndefined();
    expect(warnings.map((w) => w.path)).toEqual([
      "nodes[0].position", "nodes[0].attributes.big", "nodes[0].attributes.small", "nodes[0].attributes.figure", "edges[0].weight",
    ]);
  });

  it("a node-link id of 1e999 is no usable id", () => {
    const err = refusal(() => open("huge-numbers.nodelink.json"));
    expect(err.issues).toEqual([expect.objectContaining({ code: "missing-id", path: "nodes[1].id" })]);
  });
});

describe("missing and wrong fields", () => {
  it("our JSON: a node without id, one with an empty id; the edge without target is dropped first", () => {
    const err = refusal(() => open("missing-ids.json"));
    expect(err.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["missing-id nodes[1].id", "invalid-value nodes[2].id"]);
  });

  it("GEXF: nodes without id are named", () => {
    const err = refusal(() => open("missing-ids.gexf"));
    expect(err.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(["nodes[1].id: missing id", "nodes[2].id: missing id"]);
  });

  it("wrong types are named with what was expected and found", () => {
    const err = refusal(() => open("wrong-types.json"));
    const text = err.issues.map((i) => `${i.path}: ${i.message}`);
    expect(text).toContain("nodes[0].id: expected string, found a number");
    expect(text).toContain("nodes[1].name: expected object, found a string");
    expect(text).toContain("nodes[3]: expected object, found a string");
    expect(text).toContain("edges[0].weight: expected number, found a string");
    expect(err.issues.every((i) => i.code && i.path)).toBe(true);
  });
});

describe("broken and non-graph files", () => {
  it("truncated XML", () => {
    const err = refusal(() => open("truncated.gexf"));
    expect(codes(err.issues)).toEqual(["xml-malformed"]);
    expect(err.issues[0]!.message).toMatch(/line \d+/);
  });

  it("binary garbage", () => {
    expect(codes(refusal(() => open("binary-garbage.bin")).issues)).toEqual(["binary"]);
  });

  it("an empty file and a file of blanks", () => {
    expect(codes(refusal(() => open("empty.json")).issues)).toEqual(["empty-file"]);
    expect(codes(refusal(() => open("whitespace.csv")).issues)).toEqual(["empty-file"]);
  });

  it("deep nesting does not overflow the stack into an uncaught error", () => {
    const deep = `{"nodes": [], "edges": [], "meta": ${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
    const err = refusal(() => readGraphFile({ file: "deep.json", text: deep }));
    expect(err.issues.length).toBeGreaterThan(0);
    const xml = `<gexf><graph><nodes>${"<node id='a'>".repeat(20_000)}${"</node>".repeat(20_000)}</nodes></graph></gexf>`;
    expect(codes(refusal(() => readGraphFile({ file: "deep.gexf", text: xml })).issues)).toEqual(["xml-too-deep"]);
  });
});

describe("strings stay text", () => {
  it("keeps only http(s) urls; markup and template syntax in names are kept verbatim", () => {
    const { graph, warnings } = open("javascript-url.json");
    expect(graph.nodes.map((n) => n.url)).toEqual([undefined, undefined, "https://example.org/a?b=c", " HTTP://EXAMPLE.ORG "]);
    expect(graph.meta?.sources?.[0]?.url).toBeUndefined();
    expect(graph.nodes[0]!.name.en).toBe("<img src=x onerror=alert(1)>");
    expect(graph.nodes[1]!.name.zh).toBe("{{constructor.constructor('alert(1)')()}}");
    expect(warnings.map((w) => w.path)).toEqual(["nodes[0].url", "nodes[1].url", "meta.sources[0].url"]);
  });
});
