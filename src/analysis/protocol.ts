// The messages between the app and the analysis worker. A graph is loaded once; each job
// carries its id, and replies of a job the app no longer waits for are dropped by the client.
import type { AnalysisInput } from "./analysisGraph";
import type { CommunityResult } from "./communities";
import type { MeasureResult } from "./measures";
import type { PathResult } from "./paths";

export type AnalysisJob =
  | { kind: "measures" }
  | { kind: "communities"; resolution: number }
  | { kind: "path"; from: number; to: number; skip: readonly string[]; all: boolean };

export type AnalysisCommand =
  | { type: "analysis:load"; input: AnalysisInput }
  | { type: "analysis:run"; jobId: number; job: AnalysisJob };

export type JobResult<J extends AnalysisJob> = J extends { kind: "measures" } ? MeasureResult : J extends { kind: "communities" } ? CommunityResult : PathResult;

export type AnalysisReply =
  | { type: "analysis:progress"; jobId: number; share: number }
  | { type: "analysis:done"; jobId: number; result: MeasureResult | CommunityResult | PathResult }
  | { type: "analysis:error"; jobId: number; message: string };
