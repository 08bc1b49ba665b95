// Property-based robustness: thousands of random and mutated files through readGraphFile.
// Whatever goes in, no exception other than GraphLoadError escapes, and every outcome is
// a graph that passes the schema or a GraphLoadError with at least one issue to show.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { GraphFileSchema } from "../model/schema";
import { GraphLoadError } from "./errors";
import { readGraphFile, type ReadInput } from "./readAny";
import { readCsv } from "./readCsv";

const RUNS = Number(process.env.IO_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });
const fixture = (dir: string, name: string) => readFileSync(new URL(`../../tests/fixtures/${dir}/${name}`, import.meta.url), "utf8");

/** The property: a valid graph, or a GraphLoadError with something to show. */
function outcome(read: () => { graph: unknown; warnings: readonly { path: string; message: string }[] }): true {
  try {
    const { graph, warnings } = read();
    expect(GraphFileSchema.safeParse(graph).success).toBe(true);
    for (const w of warnings) expect(w.path || w.message).toBeTruthy();
  } catch (err) {
    if (!(err instanceof GraphLoadError)) throw err;
    expect(err.issues.length).toBeGreaterThan(0);
    expect(err.issues.some((i) => i.path || i.message)).toBe(true);
  }
  return true;
}
const readsSafely = (input: ReadInput) => outcome(() => readGraphFile(input));

// text edits: delete, insert, duplicate or replace a slice
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(40),
  kind: fc.constantFrom("delete", "insert", "duplicate", "replace"),
  text: fc.oneof(
    fc.string({ unit: "binary", maxLength: 12 }),
    fc.constantFrom('"__proto__":{"polluted":1},', '"constructor":{"prototype":{"polluted":1}},', "<!DOCTYPE x [<!ENTITY a \"b\">]>",
      "&a;", "<node id=\"__proto__\"/>", "<edge source=\"toString\" target=\"x\"/>", "NaN", "1e999", "\u0000", "\uFEFF", "]]>", ",", ";", "\t", "\"", "\n"),
  ),
});

function mutate(text: string, edits: { at: number; length: number; kind: string; text: string }[]): string {
  let out = text;
  for (const e of edits) {
    const i = Math.floor(e.at * out.length);
    const slice = out.slice(i, i + e.length);
    if (e.kind === "delete") out = out.slice(0, i) + out.slice(i + e.length);
    else if (e.kind === "insert") out = out.slice(0, i) + e.text + out.slice(i);
    else if (e.kind === "duplicate") out = out.slice(0, i) + slice + slice + out.slice(i);
    else out = out.slice(0, i) + e.text + out.slice(i + e.length);
  }
  return out;
}
const mutated = (text: string) => fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => mutate(text, edits));

// a graph-like value whose every field may be valid, missing, of another type or hostile
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: "grapheme" }), fc.constant(undefined));
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
const nodeLike = fc.record(
  {
    id: maybe(fc.constantFrom("a", "b", "c", " a ", "__proto__", "toString", "")),
    type: maybe(fc.constantFrom("university", "city", "made-up", "")),
    name: maybe(fc.record({ zh: fc.option(fc.string({ unit: "grapheme" }), { nil: undefined }), en: fc.option(fc.string(), { nil: undefined }) })),
    position: maybe(fc.record({ x: fc.oneof(fc.double(), fc.string()), y: fc.double() })),
    attributes: maybe(fc.dictionary(fc.constantFrom("k", "__proto__", "constructor", "size", "x"), fc.jsonValue({ maxDepth: 1 }))),
    url: maybe(fc.constantFrom("https://a.org", "javascript:alert(1)", "data:,x", "//x")),
    region: maybe(fc.constantFrom("sichuan", "mars")),
  },
  { requiredKeys: [] },
);
const edgeLike = fc.record(
  {
    source: maybe(fc.constantFrom("a", "b", "x")),
    target: maybe(fc.constantFrom("a", "c", "x")),
    type: maybe(fc.constantFrom("partner-of", "leads", "", "other")),
    weight: maybe(fc.double()),
    date: maybe(fc.constantFrom("2025", "2025-13", "May")),
  },
  { requiredKeys: [] },
);
const graphLike = fc.record(
  {
    version: maybe(fc.constant(1)),
    directed: fc.boolean(),
    nodes: maybe(fc.array(nodeLike, { maxLength: 6 })),
    edges: maybe(fc.array(edgeLike, { maxLength: 6 })),
    links: maybe(fc.array(edgeLike, { maxLength: 3 })),
  },
  { requiredKeys: ["nodes"] },
);

describe("readGraphFile on random and mutated input", { timeout: 300_000 }, () => {
  afterAll(() => expect(({} as Record<string, unknown>).polluted).toBeUndefined());

  it("random JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => readsSafely({ file: "r.json", text: JSON.stringify(v) ?? "" })), runs(800));
  });

  it("graph-like records with fields dropped, of other types or hostile", () => {
    fc.assert(fc.property(graphLike, (g) => readsSafely({ file: "g.json", text: JSON.stringify(g) })), runs(1000));
  });

  it("mutated JSON text (proto keys, huge numbers, broken syntax)", () => {
    const small = fixture("", "small.json");
    fc.assert(fc.property(mutated(small), (text) => readsSafely({ file: "g.json", text })), runs(600));
  });

  it("mutated GEXF and GraphML text", () => {
    const files = [fixture("formats", "gephi-1.3.gexf"), fixture("formats", "networkx-1.2.gexf"), fixture("formats", "yed.graphml"), fixture("formats", "gephi.graphml")];
    const arb = fc.constantFrom(0, 1, 2, 3).chain((i) => mutated(files[i]!).map((text) => ({ text, file: i < 2 ? "g.gexf" : "g.graphml" })));
    fc.assert(fc.property(arb, ({ text, file }) => readsSafely({ file, text })), runs(500));
  });

  it("mutated CSV text, as one file and as an edge table with a node table", () => {
    const edges = fixture("formats", "edges-comma.csv");
    const nodes = fixture("formats", "nodes-comma.csv");
    fc.assert(fc.property(mutated(edges), (text) => readsSafely({ file: "e.csv", text })), runs(700));
    fc.assert(fc.property(mutated(edges), mutated(nodes), (e, n) => outcome(() => readCsv(e, n))), runs(500));
  });

  it("random bytes under any name", () => {
    const name = fc.constantFrom("x.json", "x.gexf", "x.graphml", "x.csv", "x", "x.bin");
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: "binary" }).map((s) => new TextEncoder().encode(s)));
    fc.assert(fc.property(bytes, name, (b, file) => readsSafely({ file, bytes: b })), runs(800));
  });
});
