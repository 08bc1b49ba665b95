// The validated graph as the parse worker hands it to the main thread, in two parts. First
// what the first frame and every index of the view need: the model's typed arrays (edge
// ends, degrees, adjacency), transferred, and the records' hot fields as a few lists (ids,
// names, types as indices into a list of types, regions, positions, aliases, pinyin, edge
// dates), from which the main thread makes the model's records. A structured clone of the
// whole graph cost the main thread some 250 ms at 50,000 nodes; this, some 30. Then, in
// chunks, the full records of the nodes and edges that carry more than those fields
// (attributes, evidence, descriptions, urls, labels…), each put in the model in place of
// the record made from the first part. A record without more is sent once, in the first
// part: the record made from it is the one validation gave, key for key.
import { createGraphModel, type GraphModel } from "../model/graphModel";
import type { GraphEdge, GraphFile, GraphNode } from "../model/schema";
import { REGIONS, type Region } from "../model/vocabulary";

/** Some records' values, by record index. */
interface Sparse<T> {
  index: number[];
  value: T[];
}

export interface CompactGraph {
  /** the file's other fields (version, meta) */
  head: Omit<GraphFile, "nodes" | "edges">;
  ids: string[];
  /** name.zh and name.en; undefined where the name has none */
  zh: (string | undefined)[];
  en: (string | undefined)[];
  typeList: string[];
  /** per node, its type's index in typeList */
  types: Uint32Array;
  /** per node, 1 + its region's index in REGIONS, or 0 */
  regions: Uint8Array;
  /** per node x, y; NaN where the node has no position */
  positions: Float64Array;
  aliases: Sparse<string[]>;
  pinyin: Sparse<NonNullable<GraphNode["pinyin"]>>;
  /** where places are on the ground: the map reads it as soon as the graph is shown */
  geo: Sparse<NonNullable<GraphNode["geo"]>>;
  edgeTypeList: string[];
  edgeTypes: Uint32Array;
  dates: Sparse<string>;
  edgeEnds: Uint32Array;
  degree: Uint32Array;
  offsets: Uint32Array;
  adjacency: Uint32Array;
}

/** Full records that replace the ones made from the compact part. */
export interface RecordChunk {
  nodes: Sparse<GraphNode>;
  edges: Sparse<GraphEdge>;
}

const NODE_CORE: ReadonlySet<string> = new Set(["id", "type", "name", "aliases", "region", "pinyin", "position", "geo"]);
const EDGE_CORE: ReadonlySet<string> = new Set(["source", "target", "type", "date"]);

/** The record holds nothing but core fields, none of them present as undefined. */
function isCore(record: object, core: ReadonlySet<string>): boolean {
  for (const key in record) if (!core.has(key) || (record as Record<string, unknown>)[key] === undefined) return false;
  return true;
}
const NODE_CORE_NAME: ReadonlySet<string> = new Set(["zh", "en"]);
const nodeIsCore = (n: GraphNode) => isCore(n, NODE_CORE) && isCore(n.name, NODE_CORE_NAME);

function indexer(list: string[]): (value: string) => number {
  const seen = new Map<string, number>();
  return (value) => {
    let at = seen.get(value);
    if (at === undefined) {
      at = list.length;
      list.push(value);
      seen.set(value, at);
    }
    return at;
  };
}

const REGION_INDEX = new Map<string, number>(REGIONS.map((r, i) => [r, i + 1]));

/** The compact part of a validated graph, the buffers to transfer with it, and the records it leaves out. */
export function toCompactGraph(graph: GraphFile): { compact: CompactGraph; transfer: ArrayBuffer[]; rest: RecordChunk } {
  const { nodes, edges, ...head } = graph;
  const { edgeEnds, degree, offsets, adjacency } = createGraphModel(graph);
  const n = nodes.length;
  const m = edges.length;
  const ids = new Array<string>(n);
  const zh = new Array<string | undefined>(n);
  const en = new Array<string | undefined>(n);
  const typeList: string[] = [];
  const typeOf = indexer(typeList);
  const types = new Uint32Array(n);
  const regions = new Uint8Array(n);
  const positions = new Float64Array(n * 2).fill(Number.NaN);
  const aliases: Sparse<string[]> = { index: [], value: [] };
  const pinyin: CompactGraph["pinyin"] = { index: [], value: [] };
  const geo: CompactGraph["geo"] = { index: [], value: [] };
  const rest: RecordChunk = { nodes: { index: [], value: [] }, edges: { index: [], value: [] } };
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    ids[i] = node.id;
    zh[i] = node.name.zh;
    en[i] = node.name.en;
    types[i] = typeOf(node.type);
    if (node.region !== undefined) regions[i] = REGION_INDEX.get(node.region) ?? 0;
    if (node.position) {
      positions[i * 2] = node.position.x;
      positions[i * 2 + 1] = node.position.y;
    }
    if (node.aliases) {
      aliases.index.push(i);
      aliases.value.push(node.aliases);
    }
    if (node.pinyin) {
      pinyin.index.push(i);
      pinyin.value.push(node.pinyin);
    }
    if (node.geo) {
      geo.index.push(i);
      geo.value.push(node.geo);
    }
    if (!nodeIsCore(node)) {
      rest.nodes.index.push(i);
      rest.nodes.value.push(node);
    }
  }
  const edgeTypeList: string[] = [];
  const edgeTypeOf = indexer(edgeTypeList);
  const edgeTypes = new Uint32Array(m);
  const dates: Sparse<string> = { index: [], value: [] };
  for (let k = 0; k < m; k++) {
    const edge = edges[k]!;
    edgeTypes[k] = edgeTypeOf(edge.type);
    if (edge.date !== undefined) {
      dates.index.push(k);
      dates.value.push(edge.date);
    }
    if (!isCore(edge, EDGE_CORE)) {
      rest.edges.index.push(k);
      rest.edges.value.push(edge);
    }
  }
  const compact: CompactGraph = {
    head, ids, zh, en, typeList, types, regions, positions, aliases, pinyin, geo, edgeTypeList, edgeTypes, dates,
    edgeEnds, degree, offsets, adjacency,
  };
  const transfer = [types, regions, positions, edgeTypes, edgeEnds, degree, offsets, adjacency].map((a) => a.buffer as ArrayBuffer);
  return { compact, transfer, rest };
}

/** The records left out of the compact part, in chunks of about `size` records. */
export function chunkRecords(rest: RecordChunk, size: number): RecordChunk[] {
  const chunks: RecordChunk[] = [];
  const take = <T>(from: Sparse<T>, at: number, count: number): Sparse<T> => ({
    index: from.index.slice(at, at + count),
    value: from.value.slice(at, at + count),
  });
  const nodeCount = rest.nodes.index.length;
  const total = nodeCount + rest.edges.index.length;
  for (let at = 0; at < total; at += size) {
    const end = Math.min(total, at + size);
    const nodesEnd = Math.min(end, nodeCount);
    chunks.push({
      nodes: take(rest.nodes, Math.min(at, nodeCount), Math.max(0, nodesEnd - at)),
      edges: take(rest.edges, Math.max(0, at - nodeCount), Math.max(0, end - Math.max(at, nodeCount))),
    });
  }
  return chunks;
}

/** The model from the compact part: records of the hot fields, the transferred arrays, the id index. */
export function modelFromCompact(c: CompactGraph): GraphModel {
  const n = c.ids.length;
  const m = c.edgeTypes.length;
  const nodes = new Array<GraphNode>(n);
  const indexOf = new Map<string, number>();
  let a = 0;
  let p = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const id = c.ids[i]!;
    const zh = c.zh[i];
    const en = c.en[i];
    const node: GraphNode = {
      id,
      type: c.typeList[c.types[i]!]!,
      name: zh === undefined ? { en } : en === undefined ? { zh } : { zh, en },
    };
    if (c.aliases.index[a] === i) node.aliases = c.aliases.value[a++];
    const region = c.regions[i]!;
    if (region) node.region = REGIONS[region - 1] as Region;
    if (c.pinyin.index[p] === i) node.pinyin = c.pinyin.value[p++];
    const x = c.positions[i * 2]!;
    if (!Number.isNaN(x)) node.position = { x, y: c.positions[i * 2 + 1]! };
    if (c.geo.index[g] === i) node.geo = c.geo.value[g++];
    nodes[i] = node;
    indexOf.set(id, i);
  }
  const edges = new Array<GraphEdge>(m);
  let d = 0;
  for (let k = 0; k < m; k++) {
    const edge: GraphEdge = { source: c.ids[c.edgeEnds[k * 2]!]!, target: c.ids[c.edgeEnds[k * 2 + 1]!]!, type: c.edgeTypeList[c.edgeTypes[k]!]! };
    if (c.dates.index[d] === k) edge.date = c.dates.value[d++];
    edges[k] = edge;
  }
  // the file's keys in the order validation gave them: stories come after the records
  const { stories, ...head } = c.head;
  const file = { ...head, nodes, edges, ...("stories" in c.head ? { stories } : {}) } as GraphFile;
  return { file, nodes, edges, indexOf, edgeEnds: c.edgeEnds, degree: c.degree, offsets: c.offsets, adjacency: c.adjacency };
}

/**
 * Puts full records in the model in place of those made from the compact part. The model
 * keeps its identity (the picture built from it stays): only fields the first frame and the
 * indices do not read are added, so what was derived from the model stays true.
 */
export function applyRecords(model: GraphModel, chunk: RecordChunk): void {
  const nodes = model.nodes as GraphNode[];
  const edges = model.edges as GraphEdge[];
  chunk.nodes.index.forEach((i, j) => (nodes[i] = chunk.nodes.value[j]!));
  chunk.edges.index.forEach((k, j) => (edges[k] = chunk.edges.value[j]!));
}
