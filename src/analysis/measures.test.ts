import { describe, expect, it } from "vitest";
import { createAnalysisInput, type AnalysisInput } from "./analysisGraph";
import { computeCommunities } from "./communities";
import { computeMeasures } from "./measures";
import { findPaths } from "./paths";

/** An undirected graph from pairs of node numbers, every relation of type `type`. */
function inputOf(n: number, pairs: [number, number][], types: string[] = [], directed = false): AnalysisInput {
  return createAnalysisInput(
    n,
    Uint32Array.from(pairs.flat()),
    pairs.map((_, k) => types[k] ?? "partner-of"),
    new Uint8Array(pairs.length).fill(directed ? 1 : 0),
    new Float64Array(pairs.length).fill(1),
  );
}

const path5 = inputOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
const star = inputOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]);
const k4 = (o: number): [number, number][] => [[o, o + 1], [o, o + 2], [o, o + 3], [o + 1, o + 2], [o + 1, o + 3], [o + 2, o + 3]];
const twoCliques = inputOf(8, [...k4(0), ...k4(4), [3, 4]]);

// Zachary's karate club, 1-based as published
const KARATE: Record<number, number[]> = {
  1: [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32], 2: [3, 4, 8, 14, 18, 20, 22, 31], 3: [4, 8, 9, 10, 14, 28, 29, 33],
  4: [8, 13, 14], 5: [7, 11], 6: [7, 11, 17], 7: [17], 9: [31, 33, 34], 10: [34], 14: [34], 15: [33, 34], 16: [33, 34], 19: [33, 34],
  20: [34], 21: [33, 34], 23: [33, 34], 24: [26, 28, 30, 33, 34], 25: [26, 28, 32], 26: [32], 27: [30, 34], 28: [34], 29: [32, 34],
  30: [33, 34], 31: [33, 34], 32: [33, 34], 33: [34],
};
const karate = inputOf(34, Object.entries(KARATE).flatMap(([a, bs]) => bs.map((b): [number, number] => [Number(a) - 1, b - 1])));

describe("measures on small graphs, against hand-computed values", () => {
  it("a path of five nodes: the middle brokers most, and the figures of the whole", () => {
    const r = computeMeasures(path5);
    expect([...r.values.degree]).toEqual([1, 2, 2, 2, 1]);
    expect(r.values.betweenness[2]).toBeCloseTo(4 / 6);
    expect(r.values.betweenness[1]).toBeCloseTo(3 / 6);
    expect(r.values.betweenness[0]).toBe(0);
    expect(r.values.closeness[2]).toBeCloseTo(4 / 6);
    expect(r.values.closeness[0]).toBeCloseTo(4 / 10);
    expect([...r.values.clustering]).toEqual([0, 0, 0, 0, 0]);
    expect(r.figures).toEqual({ density: 0.4, diameter: 4, averagePathLength: 2, components: 1 });
    expect(r.sampled).toBeNull();
  });

  it("a star: the centre lies on every path and ranks first by PageRank", () => {
    const r = computeMeasures(star);
    expect(r.values.betweenness[0]).toBeCloseTo(1);
    expect(r.values.betweenness[1]).toBe(0);
    expect(r.values.closeness[0]).toBeCloseTo(1);
    expect(r.values.closeness[3]).toBeCloseTo(4 / 7);
    const pr = [...r.values.pagerank];
    expect(pr.reduce((a, b) => a + b)).toBeCloseTo(1);
    expect(pr[0]).toBeGreaterThan(pr[1]! * 2);
    expect(r.values.eigenvector[0]).toBeGreaterThan(r.values.eigenvector[1]!);
  });

  it("two cliques joined by a bridge: the bridge's ends broker, the cliques cluster, Louvain finds both", () => {
    const r = computeMeasures(twoCliques);
    expect(r.values.betweenness[3]).toBeCloseTo(12 / 21);
    expect(r.values.betweenness[0]).toBe(0);
    expect(r.values.clustering[0]).toBe(1);
    expect(r.values.clustering[3]).toBeCloseTo(0.5);
    expect(r.figures.diameter).toBe(3);
    const c = computeCommunities(twoCliques);
    expect(c.count).toBe(2);
    expect(new Set([0, 1, 2, 3].map((i) => c.of[i]))).toEqual(new Set([c.of[0]]));
    expect(c.of[4]).not.toBe(c.of[0]);
  });

  it("in and out degree count only relations with a direction, and components are numbered largest first", () => {
    const g = inputOf(5, [[0, 1], [2, 1], [3, 4]], [], true);
    const r = computeMeasures(g);
    expect([...r.values.outDegree]).toEqual([1, 0, 1, 1, 0]);
    expect([...r.values.inDegree]).toEqual([0, 2, 0, 0, 1]);
    expect([...r.values.component]).toEqual([0, 0, 0, 1, 1]);
    expect(r.figures.components).toBe(2);
  });
});

describe("Zachary's karate club", () => {
  it("gives the published betweenness of nodes 1 and 34", () => {
    const r = computeMeasures(karate);
    // 231.07 and 160.14 before normalisation by (n-1)(n-2)/2 = 528
    expect(r.values.betweenness[0]).toBeCloseTo(0.4376, 3);
    expect(r.values.betweenness[33]).toBeCloseTo(0.3041, 3);
  });

  it("splits into Louvain communities with modularity of at least 0.40, the same every time", () => {
    const a = computeCommunities(karate);
    const b = computeCommunities(karate);
    expect(a.modularity).toBeGreaterThanOrEqual(0.4);
    expect([...a.of]).toEqual([...b.of]);
    expect(computeCommunities(karate, 2).count).toBeGreaterThan(a.count);
  });
});

describe("shortest paths", () => {
  it("finds the path across the bridge", () => {
    expect(findPaths(twoCliques, 0, 7)).toEqual({ paths: [[0, 3, 4, 7]], count: 1 });
  });

  it("counts all shortest paths around a square", () => {
    const square = inputOf(4, [[0, 1], [0, 2], [1, 3], [2, 3]]);
    const r = findPaths(square, 0, 3, { all: true });
    expect(r.count).toBe(2);
    expect(r.paths).toEqual(expect.arrayContaining([[0, 1, 3], [0, 2, 3]]));
  });

  it("leaves out relation types on request, and says when there is no path", () => {
    const g = inputOf(3, [[0, 1], [1, 2], [0, 2]], ["partner-of", "partner-of", "located-in"]);
    expect(findPaths(g, 0, 2).paths).toEqual([[0, 2]]);
    expect(findPaths(g, 0, 2, { skip: ["located-in"] }).paths).toEqual([[0, 1, 2]]);
    expect(findPaths(g, 0, 2, { skip: ["located-in", "partner-of"] })).toEqual({ paths: [], count: 0 });
  });
});
