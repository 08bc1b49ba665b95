// The work behind the analysis worker, shared with the main-thread fallback: keeps the
// loaded graph and runs one job at a time, posting progress and the result.
import type { AnalysisInput } from "./analysisGraph";
import { computeCommunities } from "./communities";
import { computeMeasures } from "./measures";
import { findPaths } from "./paths";
import type { AnalysisCommand, AnalysisJob, AnalysisReply } from "./protocol";

function run(input: AnalysisInput, job: AnalysisJob, progress: (share: number) => void) {
  switch (job.kind) {
    case "measures":
      return computeMeasures(input, progress);
    case "communities":
      return computeCommunities(input, job.resolution);
    case "path":
      return findPaths(input, job.from, job.to, { skip: job.skip, all: job.all });
  }
}

export function createAnalysisRunner(post: (reply: AnalysisReply) => void): (cmd: AnalysisCommand) => void {
  let input: AnalysisInput | null = null;
  return (cmd) => {
    if (cmd.type === "analysis:load") {
      input = cmd.input;
      return;
    }
    const { jobId, job } = cmd;
    if (!input) return post({ type: "analysis:error", jobId, message: "no graph loaded" });
    try {
      let last = 0;
      const progress = (share: number) => {
        if (share - last < 0.02 && share < 1) return;
        last = share;
        post({ type: "analysis:progress", jobId, share });
      };
      post({ type: "analysis:done", jobId, result: run(input, job, progress) });
    } catch (error) {
      post({ type: "analysis:error", jobId, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
