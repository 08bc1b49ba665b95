// The fast path of validation against zod: whatever it accepts, zod accepts, with the same
// output down to the order of keys and keys present as undefined; what zod refuses, it
// refuses (and zod then names the problem). Valid files of every format take the fast path.
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GraphFileSchema } from "../model/schema";
import { readGraphFile } from "./readAny";
import { validateFast } from "./validateFast";

const RUNS = Number(process.env.IO_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });

/** JSON with keys in their order and undefined values spelled out, to compare outputs exactly. */
const exact = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? "<undefined>" : x));

/** true when both accept with the same output, or both refuse; "refused" when only zod accepts */
function agrees(graph: unknown): true | "refused" {
  const fast = validateFast(graph);
  const zod = GraphFileSchema.safeParse(graph);
  if (fast === undefined) return zod.success ? "refused" : true;
  expect(zod.success).toBe(true);
  expect(exact(fast)).toBe(exact(zod.data));
  return true;
}

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, "", " ", 0, -0, Infinity, NaN, true, [], {}, "  x  ", "x".repeat(81), "x".repeat(201)),
);
/** Graph-like values whose every field is valid, or now and then (1 in odds + 1) missing, of another type or hostile. */
function graphLike(odds: number) {
  const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: odds, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
  const text = fc.record({ zh: maybe(fc.constantFrom("成都", " ", "重庆")), en: maybe(fc.constantFrom("Chengdu", "  ", "x ")) }, { requiredKeys: [] });
  const evidence = fc.record({ source: maybe(fc.constantFrom("s1", " s1 ", "s2")), quote: maybe(fc.constantFrom("q", " q")) });
  const figure = fc.record(
    {
      value: maybe(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string())),
      unit: maybe(fc.oneof(fc.string(), text)),
      label: maybe(text),
      date: maybe(fc.string()),
      approx: maybe(fc.boolean()),
      extra: anyValue,
    },
    { requiredKeys: [] },
  );
  const attrValue = maybe(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), figure));
  const attrs = fc.dictionary(fc.constantFrom("k", "2", "size", "x", "toString"), attrValue, { maxKeys: 4 });
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const node = fc.record(
    {
      id: maybe(fc.constantFrom("a", "b", "c", " d ", "e ")),
      type: maybe(fc.constantFrom("university", "city", " made-up ", "University")),
      name: maybe(text),
      aliases: maybe(fc.array(maybe(fc.string()), { maxLength: 3 })),
      region: maybe(fc.constantFrom("sichuan", "chongqing", "international")),
      description: maybe(text),
      attributes: maybe(attrs),
      evidence: maybe(fc.array(evidence, { maxLength: 2 })),
      pinyin: maybe(fc.record({ full: fc.array(maybe(fc.string()), { maxLength: 2 }), initials: fc.array(fc.string(), { maxLength: 2 }) })),
      position: maybe(fc.record({ x: finite, y: maybe(finite) })),
      url: maybe(fc.constantFrom("https://a.org", "javascript:x")),
      geo: maybe(fc.record({ lat: fc.double({ min: -95, max: 95, noNaN: true }), lng: maybe(fc.oneof(fc.double({ min: -200, max: 200 }), fc.string())) })),
      extra: anyValue,
    },
    { requiredKeys: ["id", "type", "name"] },
  );
  const nodes = fc.uniqueArray(node, { maxLength: 5, selector: (n) => (typeof n.id === "string" ? n.id.trim() : n.id) });
  const edge = (ids: fc.Arbitrary<string>) =>
    fc.record(
      {
        id: maybe(fc.constantFrom("e1", "")),
        source: maybe(ids),
        target: maybe(ids),
        type: maybe(fc.constantFrom("partner-of", "leads", " other ")),
        date: maybe(fc.constantFrom("2025", "2025-05", "2025-05-01", "2025-13-01x", "May")),
        label: maybe(text),
        weight: maybe(finite),
        attributes: maybe(attrs),
        evidence: maybe(fc.array(evidence, { maxLength: 2 })),
        extra: anyValue,
      },
      { requiredKeys: ["source", "target", "type"] },
    );
  const source = fc.record(
    { id: maybe(fc.constantFrom("s1", " s1", "s2")), title: maybe(text), publisher: maybe(fc.string()), url: maybe(fc.string()), text: maybe(fc.string()), extra: anyValue },
    { requiredKeys: ["id", "title"] },
  );
  const meta = fc.record({ title: maybe(text), sources: maybe(fc.array(source, { maxLength: 2 })), license: maybe(fc.string()), geoSource: maybe(fc.oneof(fc.string(), fc.integer())) }, { requiredKeys: [] });
  const storyText = maybe(fc.oneof(fc.constantFrom("", "Step", " "), text));
  const storyIds = maybe(fc.array(maybe(fc.constantFrom("a", " b", "")), { maxLength: 3 }));
  const step = fc.record(
    {
      caption: storyText,
      nodes: storyIds,
      edges: storyIds,
      select: maybe(fc.constantFrom("a", " ")),
      filters: maybe(fc.record({ hideType: storyIds, from: maybe(fc.integer()), depth: maybe(fc.integer({ min: -1, max: 4 })), extra: anyValue }, { requiredKeys: [] })),
      path: maybe(fc.array(fc.constantFrom("a", "b", " "), { maxLength: 3 })),
      year: maybe(fc.oneof(fc.integer(), finite)),
      layout: maybe(fc.constantFrom("free", "map", "two-cities", "grid")),
      camera: maybe(fc.record({ x: finite, y: maybe(finite), zoom: maybe(fc.constantFrom(1, 0, -2, 0.5)) })),
      extra: anyValue,
    },
    { requiredKeys: ["caption"] },
  );
  const story = fc.record(
    { id: maybe(fc.constantFrom("s", " s", "t")), title: storyText, description: storyText, steps: maybe(fc.array(step, { maxLength: 2 })) },
    { requiredKeys: ["id", "title", "steps"] },
  );
  return maybe(nodes).chain((ns) => {
    const list: unknown[] = Array.isArray(ns) ? ns : [];
    const ids = list.map((n) => (n !== null && typeof n === "object" ? (n as { id?: unknown }).id : undefined)).filter((i): i is string => typeof i === "string");
    const edges: fc.Arbitrary<unknown[]> = ids.length ? fc.array(edge(fc.constantFrom(...ids)), { maxLength: 5 }) : fc.constant([]);
    return fc.record(
      { version: maybe(fc.constant(1)), meta: maybe(meta), nodes: fc.constant(ns), edges: maybe(edges), stories: maybe(fc.array(story, { maxLength: 2 })), directed: fc.boolean() },
      { requiredKeys: ["nodes", "edges"] },
    );
  });
}

describe("validateFast", { timeout: 120_000 }, () => {
  it("accepts only what zod accepts, and gives zod's output exactly", () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(graphLike(4), graphLike(40)), (g) => {
        const r = agrees(g);
        if (r === true && validateFast(g)) taken++;
        return Boolean(r);
      }),
      runs(3000),
    );
    expect(taken).toBeGreaterThan(50);
  });

  it("agrees with zod on valid graphs with every field, and takes the fast path for them", () => {
    const valid = fc.record({
      nodes: fc.uniqueArray(
        fc.record({ id: fc.string({ minLength: 1 }).filter((s) => s.trim() === s), type: fc.constantFrom("university", "x"), name: fc.record({ en: fc.constant("A") }) }),
        { selector: (n) => n.id, maxLength: 6 },
      ),
      edges: fc.constant([]),
    });
    fc.assert(fc.property(valid, (g) => agrees(g) === true && validateFast(g) !== undefined), runs(500));
  });

  it("takes the fast path for the embedded dataset and every valid fixture, with zod's output", () => {
    const dataset = JSON.parse(readFileSync(new URL("../../data/chengyu-education.json", import.meta.url), "utf8")) as unknown;
    expect(validateFast(dataset)).toBeDefined();
    expect(agrees(dataset)).toBe(true);
    const dir = new URL("../../tests/fixtures/formats/", import.meta.url);
    for (const name of readdirSync(dir).filter((n) => !n.startsWith("nodes-"))) {
      const { graph } = readGraphFile({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) });
      expect(validateFast(graph), name).toBeDefined();
      expect(agrees(graph)).toBe(true);
    }
  });

  it("takes the fast path for a graph with stories and source texts, with zod's output", () => {
    const g = {
      meta: { sources: [{ id: "s1", title: { en: "Paper" }, text: "全文" }] },
      nodes: [{ id: "a", type: "city", name: { zh: "甲" } }, { id: "b", type: "city", name: { zh: "乙" } }],
      edges: [{ source: "a", target: "b", type: "partner-of" }],
      stories: [
        {
          id: "s", title: { zh: "故事", en: "Story" },
          steps: [
            { caption: "One", nodes: ["a"], filters: { hideType: ["event"], depth: 1 }, path: ["a", "b"], year: 2024, layout: "map", camera: { x: 1, y: 2, zoom: 3 } },
            { caption: { en: "Two" }, select: "b" },
          ],
        },
      ],
    };
    expect(validateFast(g)).toBeDefined();
    expect(agrees(g)).toBe(true);
  });

  it("leaves every problem to zod: a file with one bad record is refused with zod's message", () => {
    const nodes = [{ id: "a", type: "city", name: { en: "A" } }, { id: "b", type: "city", name: {} }];
    expect(validateFast({ nodes, edges: [] })).toBeUndefined();
    expect(() => readGraphFile({ file: "g.json", text: JSON.stringify({ version: 1, nodes, edges: [] }) })).toThrow("nodes[1].name: needs zh or en");
  });
});
