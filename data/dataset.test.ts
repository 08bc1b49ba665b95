// The embedded dataset: valid, every record evidenced verbatim, and built from its source.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset, readSources } from "./build-dataset";
import { checkDataset } from "./checkDataset";
import type { GraphFile } from "../src/model/schema";

const read = (name: string) => JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8")) as GraphFile;
const dataset = read("./chengyu-education.json");

describe("the embedded dataset", () => {
  it("keeps the schema and the dataset rules, with every quote found in the source", () => {
    expect(checkDataset(dataset, readSources())).toEqual([]);
  });

  it("is what `npm run data:build` makes of the source file", () => {
    expect(dataset).toEqual(buildDataset(read("./chengyu-education.source.json")));
  });

  it("carries pinyin keys for every node with a Chinese name", () => {
    for (const node of dataset.nodes) if (node.name.zh) expect(node.pinyin?.full[0], node.id).toMatch(/^[a-z0-9 ]+$/);
  });
});

describe("the dataset rules", () => {
  it("catch a quote that is not in the source and a record without evidence", () => {
    const bad: GraphFile = {
      meta: { sources: [{ id: "s", title: { zh: "源" } }] },
      nodes: [
        { id: "a", type: "city", name: { zh: "荣昌", en: "Rongchang" }, region: "chongqing", description: { zh: "区", en: "d" }, evidence: [{ source: "s", quote: "并不存在的句子" }] },
        { id: "b", type: "city", name: { zh: "广安", en: "Guang'an" }, region: "sichuan", description: { zh: "市", en: "c" } },
      ],
      edges: [{ source: "a", target: "b", type: "partner-of", evidence: [{ source: "s", quote: "荣昌区以创新引领" }] }],
    };
    const problems = checkDataset(bad, readSources());
    expect(problems.some((p) => p.includes("nodes[0] (a).evidence[0].quote: not in the source"))).toBe(true);
    expect(problems).toContain("nodes[1] (b).evidence: none");
    expect(problems.some((p) => p.startsWith("edges[0]"))).toBe(false);
  });
});
