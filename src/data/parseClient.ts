// Reads graph files through the parse worker, one worker for the page, requests matched
// to replies by id. Where Worker is missing (tests in jsdom), the reader loads lazily on
// the main thread instead.
import { GraphLoadError } from "../io/errors";
import type { ParseReply, ParseRequest } from "../io/protocol";
import type { GraphFile } from "../model/schema";

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(g: GraphFile): void; reject(e: unknown): void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("../io/parse.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    if (reply.type === "parse:done") entry.resolve(reply.graph);
    else entry.reject(new GraphLoadError(reply.error.kind, reply.error.file, reply.error.reason, reply.error.issues));
  };
  worker.onerror = (event) => {
    for (const [, entry] of pending) entry.reject(new Error(event.message || "the parse worker failed"));
    pending.clear();
    worker = null;
  };
  return worker;
}

type Request = { type: "parse:url"; url: string; file: string } | { type: "parse:text"; text: string; file: string };

export function parseInWorker(request: Request, signal?: AbortSignal): Promise<GraphFile> {
  if (typeof Worker === "undefined") {
    return import("../io/readFromSource").then(async (m) =>
      request.type === "parse:url"
        ? m.readFromUrl(request.url, request.file, signal)
        : (await import("../io/readGraphJson")).readGraphJson(request.text, request.file),
    );
  }
  const id = nextId++;
  return new Promise<GraphFile>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    signal?.addEventListener("abort", () => {
      if (pending.delete(id)) reject(signal.reason ?? new Error("aborted"));
    });
    getWorker().postMessage({ ...request, id } as ParseRequest);
  });
}
