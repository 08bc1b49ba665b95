// The steps every format shares after its reader: count check, repair, validation.
import type { GraphFile } from "../model/schema";
import type { GraphFormat } from "./detect";
import type { Draft } from "./draft";
import type { GraphIssue } from "./errors";
import { checkCounts, type ReadLimits } from "./limits";
import { repairGraph } from "./repair";
import type { Reporter } from "./report";
import { validateRepaired } from "./validate";

export interface ReadResult {
  graph: GraphFile;
  /** every repair made, with its code; empty when the file was read as written */
  warnings: GraphIssue[];
  format: GraphFormat;
}

export function finishRead(draft: Draft, format: GraphFormat, file: string, report: Reporter, limits: ReadLimits): ReadResult {
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  checkCounts(count(draft.nodes), count(draft.edges), limits, file);
  const graph = validateRepaired(repairGraph(draft, report), file);
  return { graph, warnings: report.warnings(), format };
}
