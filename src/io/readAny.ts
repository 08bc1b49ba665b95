// Reads a graph file of any supported format: our JSON, node-link JSON (d3, NetworkX),
// GEXF, GraphML or CSV. Decodes the bytes, checks the limits, detects the format, reads,
// repairs (every repair a warning) and validates; every failure is a GraphLoadError.
import { sniffFormat } from "./detect";
import { notAGraph } from "./draft";
import { GraphLoadError } from "./errors";
import { graphText, type ReadInput } from "./graphText";
import { makeIssue } from "./issueCodes";
import { checkBytes, resolveLimits, type ReadLimits } from "./limits";
import { finishSteps, runSteps, type ReadResult, type ReadSteps } from "./pipeline";
import { csvFileToDraft } from "./readCsv";
import { gexfToDraft } from "./readGexf";
import { graphmlToDraft } from "./readGraphml";
import { readJsonSteps } from "./readJson";
import { Reporter } from "./report";

export type { ReadResult } from "./pipeline";
export type { GraphFormat } from "./detect";
export type { ReadInput } from "./graphText";

export function readGraphFile(input: ReadInput, limits?: Partial<ReadLimits>): ReadResult {
  return runSteps(readGraphSteps(input, limits));
}

/** readGraphFile in steps, pausing between the costly ones (see pipeline.ts). */
export function* readGraphSteps(input: ReadInput, limits?: Partial<ReadLimits>): ReadSteps {
  const { file } = input;
  const lim = resolveLimits(limits);
  const report = new Reporter();
  const text = graphText(input, lim, report);
  yield;
  switch (sniffFormat(text, file, input.mime)) {
    case "json":
      return yield* readJsonSteps(text, file, report, lim);
    case "gexf":
      checkBytes(text.length, lim.maxXmlBytes, file);
      return yield* finishSteps(gexfToDraft(text, file, report, lim), "gexf", file, report, lim);
    case "graphml":
      checkBytes(text.length, lim.maxXmlBytes, file);
      return yield* finishSteps(graphmlToDraft(text, file, report, lim), "graphml", file, report, lim);
    case "csv":
      return yield* finishSteps(csvFileToDraft(text, file, report, lim), "csv", file, report, lim);
    case "xml":
      throw notAGraph(file, "a <gexf> or <graphml> root element");
    default:
      throw new GraphLoadError("invalid", file, "unknown format", [makeIssue("unknown-format", "")]);
  }
}
