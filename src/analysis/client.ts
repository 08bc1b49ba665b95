// The analysis client: runs jobs in a Web Worker (or, where Worker is missing, on the main
// thread, its code loaded only then), one promise per job, progress by callback. A job
// started anew makes the replies of the one before it of the same kind stale: they are dropped.
import { isDirectedRelation, type GraphModel } from "../model/graphModel";
import { createAnalysisInput, type AnalysisInput } from "./analysisGraph";
import type { AnalysisCommand, AnalysisJob, AnalysisReply, JobResult } from "./protocol";

/** A job's state as the interface shows it. */
export interface Async<T> {
  status: "idle" | "running" | "done" | "error";
  share: number;
  result: T | null;
}

export interface AnalysisClient {
  run<J extends AnalysisJob>(job: J, onProgress?: (share: number) => void): Promise<JobResult<J> | null>;
  kill(): void;
}

interface Pending {
  kind: AnalysisJob["kind"];
  resolve(result: unknown): void;
  reject(error: Error): void;
  progress?: ((share: number) => void) | undefined;
}

export function createAnalysisClient(input: AnalysisInput, options: { useWorker?: boolean } = {}): AnalysisClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const receive = (reply: AnalysisReply) => {
    const job = pending.get(reply.jobId);
    if (!job) return;
    if (reply.type === "analysis:progress") return job.progress?.(reply.share);
    pending.delete(reply.jobId);
    if (reply.type === "analysis:done") job.resolve(reply.result);
    else job.reject(new Error(reply.message));
  };
  const { send, terminate } = options.useWorker !== false && typeof Worker !== "undefined" ? workerChannel(receive) : fallbackChannel(receive);
  // the model keeps its own edge ends: the worker gets a copy it may own
  const edgeEnds = input.edgeEnds.slice();
  send({ type: "analysis:load", input: { ...input, edgeEnds } }, [edgeEnds.buffer, input.edgeTypes.buffer, input.directed.buffer, input.weights.buffer]);
  return {
    run(job, onProgress) {
      for (const [id, p] of pending) if (p.kind === job.kind) {
        pending.delete(id);
        p.resolve(null);
      }
      const jobId = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(jobId, { kind: job.kind, resolve: resolve as (r: unknown) => void, reject, progress: onProgress });
        send({ type: "analysis:run", jobId, job });
      });
    },
    kill() {
      for (const p of pending.values()) p.resolve(null);
      pending.clear();
      terminate();
    },
  };
}

function workerChannel(receive: (reply: AnalysisReply) => void) {
  const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<AnalysisReply>) => receive(event.data);
  return { send: (cmd: AnalysisCommand, transfer: Transferable[] = []) => worker.postMessage(cmd, transfer), terminate: () => worker.terminate() };
}

function fallbackChannel(receive: (reply: AnalysisReply) => void) {
  let alive = true;
  const queue: AnalysisCommand[] = [];
  let handle: ((cmd: AnalysisCommand) => void) | null = null;
  void import("./analysisRunner").then(({ createAnalysisRunner }) => {
    if (!alive) return;
    handle = createAnalysisRunner((reply) => alive && receive(reply));
    for (const cmd of queue.splice(0)) handle(cmd);
  });
  return {
    send: (cmd: AnalysisCommand) => (handle ? setTimeout(() => alive && handle!(cmd), 0) : queue.push(cmd)),
    terminate: () => {
      alive = false;
    },
  };
}

/** The arrays the analyses need, from the model. */
export function analysisInputOf(model: GraphModel): AnalysisInput {
  return createAnalysisInput(
    model.nodes.length,
    model.edgeEnds,
    model.edges.map((e) => e.type),
    Uint8Array.from(model.edges, (e) => (isDirectedRelation(e.type) ? 1 : 0)),
    Float64Array.from(model.edges, (e) => (typeof e.weight === "number" && Number.isFinite(e.weight) && e.weight > 0 ? e.weight : 1)),
  );
}
