// The analysis worker: a thin shell over the shared runner.
import { createAnalysisRunner } from "./analysisRunner";
import type { AnalysisCommand, AnalysisReply } from "./protocol";

const scope = self as unknown as {
  postMessage(message: AnalysisReply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<AnalysisCommand>) => void) | null;
};

/** the result's typed arrays go back without copying */
function buffersOf(reply: AnalysisReply): Transferable[] {
  if (reply.type !== "analysis:done") return [];
  const result = reply.result as unknown as Record<string, unknown>;
  const arrays = [result.of, ...Object.values((result.values as Record<string, unknown> | undefined) ?? {})];
  return arrays.filter((a): a is Float64Array | Int32Array => ArrayBuffer.isView(a)).map((a) => a.buffer as ArrayBuffer);
}

const handle = createAnalysisRunner((reply) => scope.postMessage(reply, buffersOf(reply)));
scope.onmessage = (event) => handle(event.data);
