// The steps every format shares after its reader: count check, repair, validation. Reading
// runs as steps (a generator that pauses between the costly ones), so the parse worker can
// look at its messages between them and stop a read that was cancelled; everywhere else
// runSteps runs them straight through.
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

/** A read in steps: it pauses (yields) between costly steps and returns its result. */
export type ReadSteps<T = ReadResult> = Generator<void, T, void>;

export function runSteps<T>(steps: ReadSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function* finishSteps(draft: Draft, format: GraphFormat, file: string, report: Reporter, limits: ReadLimits): ReadSteps {
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  checkCounts(count(draft.nodes), count(draft.edges), limits, file);
  const repaired = repairGraph(draft, report);
  yield;
  const graph = validateRepaired(repaired, file);
  return { graph, warnings: report.warnings(), format };
}

export function finishRead(draft: Draft, format: GraphFormat, file: string, report: Reporter, limits: ReadLimits): ReadResult {
  return runSteps(finishSteps(draft, format, file, report, limits));
}
