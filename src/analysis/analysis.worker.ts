// The analysis worker: a thin shell over the shared runner.
import { createAnalysisRunner } from "./analysisRunner";
import type { AnalysisCommand, AnalysisReply } from "./protocol";

const scope = self as unknown as {
  postMessage(message: AnalysisReply): void;
  onmessage: ((event: MessageEvent<AnalysisCommand>) => void) | null;
};

scope.onmessage = ((handle) => (event: MessageEvent<AnalysisCommand>) => handle(event.data))(createAnalysisRunner((reply) => scope.postMessage(reply)));
