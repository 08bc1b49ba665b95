// Reads graph files through the parse worker, one worker for the page, requests matched
// to replies by id, stages reported as they come. Where Worker is missing (tests in
// jsdom), the reader loads lazily on the main thread instead.
import { GraphLoadError } from "../io/errors";
import type { ParseReply, ParseRequest, ParseStage } from "../io/protocol";
import type { ReadResult } from "../io/readAny";

type Pending = { resolve(r: ReadResult): void; reject(e: unknown): void; onStage?: (stage: ParseStage, bytes?: number) => void };
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("../io/parse.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    const entry = pending.get(reply.id);
    if (!entry) return;
    if (reply.type === "parse:progress") return entry.onStage?.(reply.stage, reply.bytes);
    pending.delete(reply.id);
    if (reply.type === "parse:done") entry.resolve({ graph: reply.graph, warnings: reply.warnings, format: reply.format as ReadResult["format"] });
    else entry.reject(new GraphLoadError(reply.error.kind, reply.error.file, reply.error.reason, reply.error.issues));
  };
  worker.onerror = (event) => {
    for (const [, entry] of pending) entry.reject(new Error(event.message || "the parse worker failed"));
    pending.clear();
    worker = null;
  };
  return worker;
}

export type ParseJob =
  | { type: "parse:url"; url: string; file: string }
  | { type: "parse:bytes"; bytes: Uint8Array; file: string; mime?: string; second?: { bytes: Uint8Array; file: string } };

export function parseInWorker(job: ParseJob, signal?: AbortSignal, onStage?: Pending["onStage"]): Promise<ReadResult> {
  if (typeof Worker === "undefined") {
    return import("../io/readFromSource").then((m) =>
      job.type === "parse:url" ? m.readFromUrl(job.url, job.file, signal) : m.readBytes(job.bytes, job.file, job.mime, job.second),
    );
  }
  const id = nextId++;
  return new Promise<ReadResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, onStage });
    signal?.addEventListener("abort", () => {
      if (pending.delete(id)) reject(signal.reason ?? new Error("aborted"));
    });
    const request = { ...job, id } as ParseRequest;
    const transfer = job.type === "parse:bytes" ? [job.bytes.buffer, ...(job.second ? [job.second.bytes.buffer] : [])] : [];
    getWorker().postMessage(request, transfer);
  });
}
