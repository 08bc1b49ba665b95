// One request of the parse worker, from fetch to the last record: fetches (reporting the
// bytes as they arrive) or takes the bytes, reads them in steps, and between steps lets
// the worker take its messages, so a cancel stops the read at the next step (and aborts
// the fetch at once). The graph goes back compact first, the full records after it
// (compactGraph.ts). Pure of the worker itself, so it runs in tests as it runs there.
import { chunkRecords, toCompactGraph } from "./compactGraph";
import { GraphLoadError } from "./errors";
import { fetchBytes } from "./fetchBytes";
import type { ParseJobRequest, ParseReply } from "./protocol";
import { readBytesSteps } from "./readFromSource";

export type Post = (reply: ParseReply, transfer?: Transferable[]) => void;

export interface ParseJobOptions {
  /** from this many records (nodes and edges), the full records follow the compact graph in chunks */
  splitAt?: number;
  /** records per chunk */
  chunkSize?: number;
  /** the least time between two reports of the bytes downloaded */
  progressEveryMs?: number;
  /** lets the worker take its messages (a cancel) between two steps */
  pause?: () => Promise<void>;
}

const SPLIT_AT = 20_000;
const CHUNK_SIZE = 5_000;
const PROGRESS_EVERY_MS = 100;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runParseJob(req: ParseJobRequest, signal: AbortSignal, post: Post, options: ParseJobOptions = {}): Promise<void> {
  const { splitAt = SPLIT_AT, chunkSize = CHUNK_SIZE, progressEveryMs = PROGRESS_EVERY_MS, pause = nextTask } = options;
  const { id, file } = req;
  try {
    let bytes: Uint8Array;
    let mime: string | undefined;
    if (req.type === "parse:url") {
      post({ type: "parse:progress", id, stage: "fetching" });
      let last = -Infinity;
      const onBytes = (received: number, total: number | undefined) => {
        const now = Date.now();
        if (now - last < progressEveryMs && received !== total) return;
        last = now;
        post({ type: "parse:progress", id, stage: "fetching", bytes: received, ...(total === undefined ? {} : { total }) });
      };
      ({ bytes, mime } = await fetchBytes(req.url, file, signal, onBytes));
    } else {
      bytes = req.bytes;
      mime = req.mime;
    }
    post({ type: "parse:progress", id, stage: "reading", bytes: bytes.byteLength });
    const steps = readBytesSteps(bytes, file, mime, req.type === "parse:bytes" ? req.second : undefined);
    let step = steps.next();
    while (!step.done) {
      await pause();
      if (signal.aborted) return void steps.return(undefined as never);
      step = steps.next();
    }
    const { graph, warnings, format } = step.value;
    const { compact, transfer, rest } = toCompactGraph(graph);
    const split = graph.nodes.length + graph.edges.length >= splitAt;
    const chunks = split ? chunkRecords(rest, chunkSize) : [];
    if (signal.aborted) return;
    post({ type: "parse:graph", id, graph: compact, warnings, format, records: split ? null : rest, chunks: chunks.length }, transfer);
    chunks.forEach((records, i) => post({ type: "parse:records", id, records, last: i === chunks.length - 1 }));
  } catch (err) {
    if (signal.aborted) return;
    const e = err instanceof GraphLoadError ? err : new GraphLoadError("invalid", file, err instanceof Error ? err.message : String(err));
    post({ type: "parse:failed", id, error: { kind: e.kind, file: e.file, reason: e.reason, issues: [...e.issues] } });
  }
}
