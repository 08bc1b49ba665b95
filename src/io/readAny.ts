// Reads a graph file of any supported format: our JSON, node-link JSON (d3, NetworkX),
// GEXF, GraphML or CSV. Decodes the bytes, checks the limits, detects the format, reads,
// repairs (every repair a warning) and validates; every failure is a GraphLoadError.
import { decodeBytes, checkText } from "./decode";
import { sniffFormat } from "./detect";
import { isRecord, notAGraph, type Draft } from "./draft";
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";
import { checkBytes, checkCounts, resolveLimits, type ReadLimits } from "./limits";
import { finishRead, type ReadResult } from "./pipeline";
import { csvFileToDraft } from "./readCsv";
import { gexfToDraft } from "./readGexf";
import { graphmlToDraft } from "./readGraphml";
import { nodeLinkToDraft } from "./readNodeLink";
import { Reporter } from "./report";
import { parseJsonSafely } from "./safeKeys";

export type { ReadResult } from "./pipeline";
export type { GraphFormat } from "./detect";

export interface ReadInput {
  text?: string;
  bytes?: Uint8Array;
  /** the file's name, used in every message and to help tell the format */
  file: string;
  mime?: string;
}

const NODE_LINK_KEYS = ["directed", "multigraph", "graph"];

/** Our own format: version 1, or nodes with {zh, en} names and none of node-link's keys. */
function isOurJson(obj: Record<string, unknown>): boolean {
  if (obj.version === 1) return true;
  if (NODE_LINK_KEYS.some((k) => k in obj)) return false;
  const nodes = obj.nodes;
  return Array.isArray(nodes) && (nodes.length === 0 || nodes.some((n) => isRecord(n) && isRecord(n.name)));
}

function readJson(text: string, file: string, report: Reporter, limits: ReadLimits): { draft: Draft; format: "json" | "node-link" } {
  const value = parseJsonSafely(text, file, report);
  if (!isRecord(value) || !("nodes" in value)) throw notAGraph(file, "an object with a `nodes` list");
  const links = value.edges ?? value.links;
  checkCounts(Array.isArray(value.nodes) ? value.nodes.length : 0, Array.isArray(links) ? links.length : 0, limits, file);
  if (isOurJson(value)) {
    const { links: _links, ...rest } = value;
    return { draft: { ...rest, nodes: value.nodes, edges: links }, format: "json" };
  }
  return { draft: nodeLinkToDraft(value, file, report), format: "node-link" };
}

export function readGraphFile(input: ReadInput, limits?: Partial<ReadLimits>): ReadResult {
  const { file } = input;
  const lim = resolveLimits(limits);
  const report = new Reporter();
  const size = input.bytes ? input.bytes.byteLength : (input.text ?? "").length;
  checkBytes(size, lim.maxBytes, file);
  let text = input.text;
  if (text === undefined && input.bytes && input.bytes.byteLength > 0) text = decodeBytes(input.bytes, file, report);
  text = (text ?? "").replace(/^\uFEFF/, "");
  if (!text.trim()) throw new GraphLoadError("invalid", file, "empty file", [makeIssue("empty-file", "")]);
  checkText(text, file);

  const sniffed = sniffFormat(text, file, input.mime);
  switch (sniffed) {
    case "json": {
      const { draft, format } = readJson(text, file, report, lim);
      return finishRead(draft, format, file, report, lim);
    }
    case "gexf":
      checkBytes(text.length, lim.maxXmlBytes, file);
      return finishRead(gexfToDraft(text, file, report, lim), "gexf", file, report, lim);
    case "graphml":
      checkBytes(text.length, lim.maxXmlBytes, file);
      return finishRead(graphmlToDraft(text, file, report, lim), "graphml", file, report, lim);
    case "csv":
      return finishRead(csvFileToDraft(text, file, report, lim), "csv", file, report, lim);
    case "xml":
      throw notAGraph(file, "a <gexf> or <graphml> root element");
    default:
      throw new GraphLoadError("invalid", file, "unknown format", [makeIssue("unknown-format", "")]);
  }
}
