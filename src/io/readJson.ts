// Reads JSON graph files: our format, or node-link JSON (d3, NetworkX) turned into a draft,
// then the steps every format shares (repair, validation). readGraphFile takes this path
// for JSON; readJsonFile is the same path alone, without the readers of other formats, so
// the embedded dataset can be read on the main thread from a small chunk.
import { sniffFormat } from "./detect";
import { isRecord, notAGraph, type Draft } from "./draft";
import { graphText, type ReadInput } from "./graphText";
import { checkCounts, resolveLimits, type ReadLimits } from "./limits";
import { finishSteps, runSteps, type ReadResult, type ReadSteps } from "./pipeline";
import { nodeLinkToDraft } from "./readNodeLink";
import { Reporter } from "./report";
import { parseJsonSafely } from "./safeKeys";

const NODE_LINK_KEYS = ["directed", "multigraph", "graph"];

/** Our own format: version 1, or nodes with {zh, en} names and none of node-link's keys. */
function isOurJson(obj: Record<string, unknown>): boolean {
  if (obj.version === 1) return true;
  if (NODE_LINK_KEYS.some((k) => k in obj)) return false;
  const nodes = obj.nodes;
  return Array.isArray(nodes) && (nodes.length === 0 || nodes.some((n) => isRecord(n) && isRecord(n.name)));
}

function jsonToDraft(text: string, file: string, report: Reporter, limits: ReadLimits): { draft: Draft; format: "json" | "node-link" } {
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

/** The decoded text of a JSON file to a validated graph (after graphText), in steps. */
export function* readJsonSteps(text: string, file: string, report: Reporter, limits: ReadLimits): ReadSteps {
  const { draft, format } = jsonToDraft(text, file, report, limits);
  yield;
  return yield* finishSteps(draft, format, file, report, limits);
}

/** The decoded text of a JSON file to a validated graph (after graphText). */
export function readJsonText(text: string, file: string, report: Reporter, limits: ReadLimits): ReadResult {
  return runSteps(readJsonSteps(text, file, report, limits));
}

/** A file expected to be JSON, read exactly as readGraphFile reads JSON; anything else is refused. */
export function readJsonFile(input: ReadInput, limits?: Partial<ReadLimits>): ReadResult {
  const lim = resolveLimits(limits);
  const report = new Reporter();
  const text = graphText(input, lim, report);
  if (sniffFormat(text, input.file, input.mime) !== "json") throw notAGraph(input.file, "a JSON object with a `nodes` list");
  return readJsonText(text, input.file, report, lim);
}
