// Reads graph files through the parse worker, one worker for the page, requests matched
// to replies by id, stages reported as they come. The model is built from the worker's
// compact graph as soon as it arrives, and the full records it leaves out are put in as
// they follow (io/compactGraph.ts). An aborted request is cancelled in the worker too, so
// it stops fetching and reading. Where Worker is missing (tests in jsdom), the reader loads
// lazily on the main thread instead.
import { applyRecords, modelFromCompact } from "../io/compactGraph";
import { GraphLoadError, type GraphIssue } from "../io/errors";
import type { ParseJobRequest, ParseReply, ParseRequest, ParseStage } from "../io/protocol";
import type { GraphFormat } from "../io/readAny";
import { createGraphModel, type GraphModel } from "../model/graphModel";
import { dropParseWorker, parseWorker } from "./parseWorker";

export interface ParsedGraph {
  model: GraphModel;
  warnings: GraphIssue[];
  format: GraphFormat;
  /** when records follow the graph (the first frame needs none of them): settles once every one is in the model */
  records?: Promise<void> | undefined;
}

/** stage of a request, with the bytes downloaded or read and the announced size when known */
export type ParseStageListener = (stage: ParseStage, bytes?: number, total?: number) => void;

interface Pending {
  resolve(graph: ParsedGraph): void;
  reject(err: unknown): void;
  onStage?: ParseStageListener | undefined;
  /** once the graph came: the model its records go to, and what to call with the last */
  model?: GraphModel;
  recordsDone?: () => void;
}

let listening: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function onReply(reply: ParseReply): void {
  const entry = pending.get(reply.id);
  if (!entry) return;
  switch (reply.type) {
    case "parse:progress":
      return entry.onStage?.(reply.stage, reply.bytes, reply.total);
    case "parse:graph": {
      const model = modelFromCompact(reply.graph);
      if (reply.records) applyRecords(model, reply.records);
      const graph: ParsedGraph = { model, warnings: reply.warnings, format: reply.format as GraphFormat };
      if (reply.chunks === 0) pending.delete(reply.id);
      else graph.records = new Promise<void>((done) => Object.assign(entry, { model, recordsDone: done }));
      return entry.resolve(graph);
    }
    case "parse:records":
      if (entry.model) applyRecords(entry.model, reply.records);
      if (reply.last) {
        pending.delete(reply.id);
        entry.recordsDone?.();
      }
      return;
    case "parse:failed":
      pending.delete(reply.id);
      return entry.reject(new GraphLoadError(reply.error.kind, reply.error.file, reply.error.reason, reply.error.issues));
  }
}

function getWorker(): Worker {
  const worker = parseWorker();
  if (listening === worker) return worker;
  listening = worker;
  worker.onmessage = (event: MessageEvent<ParseReply>) => onReply(event.data);
  worker.onerror = (event) => {
    for (const [, entry] of pending) {
      entry.reject(new Error(event.message || "the parse worker failed"));
      // a graph already shown keeps the records it has
      entry.recordsDone?.();
    }
    pending.clear();
    dropParseWorker(worker);
    worker.terminate();
  };
  return worker;
}

export type ParseJob =
  | { type: "parse:url"; url: string; file: string }
  | { type: "parse:bytes"; bytes: Uint8Array; file: string; mime?: string; second?: { bytes: Uint8Array; file: string } };

async function parseOnMainThread(job: ParseJob, signal?: AbortSignal): Promise<ParsedGraph> {
  const m = await import("../io/readFromSource");
  const result = job.type === "parse:url" ? await m.readFromUrl(job.url, job.file, signal) : m.readBytes(job.bytes, job.file, job.mime, job.second);
  return { model: createGraphModel(result.graph), warnings: result.warnings, format: result.format };
}

export function parseInWorker(job: ParseJob, signal?: AbortSignal, onStage?: ParseStageListener): Promise<ParsedGraph> {
  if (typeof Worker === "undefined") return parseOnMainThread(job, signal);
  if (signal?.aborted) return Promise.reject(signal.reason ?? new Error("aborted"));
  const id = nextId++;
  const target = getWorker();
  return new Promise<ParsedGraph>((resolve, reject) => {
    pending.set(id, { resolve, reject, onStage });
    signal?.addEventListener(
      "abort",
      () => {
        const entry = pending.get(id);
        if (!entry) return;
        pending.delete(id);
        target.postMessage({ type: "parse:cancel", id } satisfies ParseRequest);
        // before the graph came, the load fails; after it, its remaining records are given up
        if (entry.model) entry.recordsDone?.();
        else reject(signal.reason ?? new Error("aborted"));
      },
      { once: true },
    );
    const request = { ...job, id } as ParseJobRequest;
    const transfer = job.type === "parse:bytes" ? [job.bytes.buffer as ArrayBuffer, ...(job.second ? [job.second.bytes.buffer as ArrayBuffer] : [])] : [];
    target.postMessage(request, transfer);
  });
}
