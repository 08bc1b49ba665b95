// Seeded synthetic graphs with planted communities, written in the app's JSON format and
// as node-link JSON for the peers. Importable (generateGraph, ensureDatasets) and runnable:
//   node bench/generate.mjs [sizes=1000,5000,20000,50000] [--seed 42] [--out bench/.cache/data]
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "./prng.mjs";

export { mulberry32 };

export const DEFAULT_SEED = 42;
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("./.cache/data/", import.meta.url));

const NODE_TYPES = ["university", "vocational-college", "secondary-school", "alliance", "company", "government", "city"];
const REGIONS = ["sichuan", "chongqing", "both"];
const EDGES_PER_NODE = 3;
const INTRA_SHARE = 0.85;
const COMMUNITY_MIN = 50;
const COMMUNITY_MAX = 200;
/** chance that an intra-community endpoint is picked by degree (preferential) rather than uniformly */
const PREFERENTIAL = 0.5;

/**
 * Builds a graph of n nodes in communities of 50–200 nodes (shuffled over the node order, so
 * no layout gets them grouped for free by index). Inside a community: a preferential random
 * tree (so hubs appear) plus more preferential edges; 15% of edges join random communities.
 * @returns {{ community: Int32Array, edges: [number, number][], communities: number }}
 */
export function generateGraph(n, seed = DEFAULT_SEED) {
  const rand = mulberry32(seed * 2654435761 + n);
  const int = (k) => Math.floor(rand() * k);

  const sizes = [];
  for (let left = n; left > 0; ) {
    let s = COMMUNITY_MIN + int(COMMUNITY_MAX - COMMUNITY_MIN + 1);
    if (left - s < COMMUNITY_MIN) s = left; // the last one takes the rest
    sizes.push(s);
    left -= s;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const community = new Int32Array(n);
  const members = [];
  let at = 0;
  sizes.forEach((s, c) => {
    const list = order.slice(at, at + s);
    at += s;
    list.forEach((v) => (community[v] = c));
    members.push(list);
  });

  const edges = [];
  const seen = new Set();
  const add = (a, b) => {
    if (a === b) return false;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) return false;
    seen.add(key);
    edges.push([a, b]);
    return true;
  };
  const totalEdges = Math.round(n * EDGES_PER_NODE);
  for (const list of members) {
    const ends = []; // every edge end once: picking from it is picking by degree
    const pick = (upTo) =>
      ends.length && rand() < PREFERENTIAL ? ends[int(ends.length)] : list[int(upTo)];
    for (let i = 1; i < list.length; i++) {
      const target = pick(i);
      if (add(list[i], target)) ends.push(list[i], target);
    }
    const want = Math.round((totalEdges * INTRA_SHARE * list.length) / n);
    for (let tries = 0; ends.length / 2 < want && tries < want * 10; tries++) {
      const a = list[int(list.length)];
      const b = pick(list.length);
      if (add(a, b)) ends.push(a, b);
    }
  }
  for (let guard = 0; edges.length < totalEdges && guard < totalEdges * 10; guard++) {
    const a = int(n);
    const b = int(n);
    if (community[a] !== community[b]) add(a, b);
  }
  return { community, edges, communities: sizes.length };
}

/** The app's format (data format version 1). */
export function toAppJson(n, { community, edges }) {
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const c = community[i];
    nodes.push({
      id: `n${i}`,
      type: NODE_TYPES[i % NODE_TYPES.length],
      name: { en: `Node ${i}`, zh: `节点${i}` },
      region: REGIONS[c % REGIONS.length],
      attributes: { community: c },
    });
  }
  return {
    version: 1,
    meta: { title: { en: `Synthetic ${n}`, zh: `合成网络 ${n}` } },
    nodes,
    edges: edges.map(([a, b]) => ({
      source: `n${a}`,
      target: `n${b}`,
      type: NODE_TYPES[b % NODE_TYPES.length] === "alliance" ? "member-of" : "partner-of",
    })),
  };
}

/**
 * Node-link JSON for the peers: nodes [{id, community}], links [{source, target}].
 * `id(i)` names node i (`n<i>` as in toAppJson unless given).
 */
export function toNodeLink(n, { community, edges }, id = (i) => `n${i}`) {
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ id: id(i), community: community[i] })),
    links: edges.map(([a, b]) => ({ source: id(a), target: id(b) })),
  };
}

/**
 * A graph in the app's format as node-link JSON: the same ids, and the node type standing for
 * the community (what the peers colour by; ours colours by type too). Edges whose ends are
 * not both nodes of the file are left out, as ours does.
 */
export function appToNodeLink(app) {
  const index = new Map(app.nodes.map((node, i) => [node.id, i]));
  const types = [...new Set(app.nodes.map((node) => node.type))];
  const community = Int32Array.from(app.nodes, (node) => types.indexOf(node.type));
  const edges = app.edges
    .map((e) => [index.get(e.source), index.get(e.target)])
    .filter(([a, b]) => a !== undefined && b !== undefined);
  return toNodeLink(app.nodes.length, { community, edges }, (i) => app.nodes[i].id);
}

export const appFileName = (n) => `synthetic-${n}.json`;
export const nodeLinkFileName = (n) => `synthetic-${n}.nodelink.json`;
/** The files of a synthetic graph under /data/, as IMPLS' url() takes them. */
export const syntheticFiles = (n) => ({ app: appFileName(n), nodeLink: nodeLinkFileName(n) });

/** The reference graph (the app's format), relative to the repository root. */
export const REFERENCE_GRAPH = fileURLToPath(new URL("../../shared/bench/g1000.json", import.meta.url));

/**
 * Copies a reference graph in the app's format into the data directory (as `<name>.json`) and
 * writes its node-link version for the peers (`<name>.nodelink.json`).
 * @returns {{files: {app: string, nodeLink: string}, name: string, nodes: number, edges: number, sha256: string}}
 */
export function ensureReferenceGraph(src = REFERENCE_GRAPH, dir = DEFAULT_DATA_DIR) {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(src, "utf8");
  const app = JSON.parse(text);
  const name = basename(src).replace(/\.json$/i, "");
  const files = { app: `${name}.json`, nodeLink: `${name}.nodelink.json` };
  const nodeLink = appToNodeLink(app);
  writeFileSync(join(dir, files.app), text);
  writeFileSync(join(dir, files.nodeLink), JSON.stringify(nodeLink));
  const sha256 = createHash("sha256").update(text).digest("hex").slice(0, 12);
  return { files, name, nodes: app.nodes.length, edges: nodeLink.links.length, sha256 };
}

/**
 * Writes the files for each size unless the cache already holds them for this seed and this
 * version of the generator (a hash of its source). Returns a summary per size.
 */
export function ensureDatasets(sizes, { seed = DEFAULT_SEED, dir = DEFAULT_DATA_DIR, log = () => {} } = {}) {
  mkdirSync(dir, { recursive: true });
  const hash = createHash("sha256");
  for (const file of ["./generate.mjs", "./prng.mjs"]) hash.update(readFileSync(new URL(file, import.meta.url)));
  const version = hash.digest("hex").slice(0, 12);
  const manifestPath = join(dir, "manifest.json");
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : {};
  const summary = {};
  for (const n of sizes) {
    const key = String(n);
    const entry = manifest[key];
    const fresh =
      entry?.version === version &&
      entry.seed === seed &&
      existsSync(join(dir, appFileName(n))) &&
      existsSync(join(dir, nodeLinkFileName(n)));
    if (!fresh) {
      const t = Date.now();
      const graph = generateGraph(n, seed);
      writeFileSync(join(dir, appFileName(n)), JSON.stringify(toAppJson(n, graph)));
      writeFileSync(join(dir, nodeLinkFileName(n)), JSON.stringify(toNodeLink(n, graph)));
      manifest[key] = { version, seed, nodes: n, edges: graph.edges.length, communities: graph.communities };
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
      log(`generated ${n} nodes, ${graph.edges.length} edges, ${graph.communities} communities (${Date.now() - t} ms)`);
    }
    summary[key] = manifest[key];
  }
  return summary;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const seed = Number(opt("--seed", DEFAULT_SEED));
  const dir = resolve(opt("--out", DEFAULT_DATA_DIR));
  const sizes = (args[0] ?? "1000,5000,20000,50000").split(",").map(Number);
  console.table(ensureDatasets(sizes, { seed, dir, log: console.log }));
}
