// The graph loads of the page, one per source, shared by whoever asks for it: main.tsx
// starts the first before React renders and the app's hook reads that same load. Each load
// is an immutable snapshot, replaced on every change (stage, bytes, status), so React reads
// it with useSyncExternalStore; the stage is there from the start of the load, so the first
// load shows its progress from its first byte. A load that failed on the network is tried
// once more after a second; a file that was read and refused is not. Only one load runs at
// a time: starting another cancels any still running (the worker stops its fetch and read).
// The last few URL loads stay cached (the back button returns to them at once); of the files
// the user opened, only the latest is kept.
// (This is all the app needed of a query library, at a small part of its size.)
import { GraphLoadError } from "../io/errors";
import { loadGraph, type GraphSource, type LoadedGraph, type LoadStage } from "./loadGraph";

export type GraphLoad =
  | { status: "pending"; stage: LoadStage; bytes?: number | undefined; total?: number | undefined }
  /** partial: the model is drawn while its full records are still coming (they are put in it) */
  | { status: "success"; data: LoadedGraph; partial?: true }
  | { status: "error"; error: unknown };

export interface GraphLoads {
  /** starts loading the source unless it is loading or loaded; returns its state */
  start(source: GraphSource): GraphLoad;
  /** the state of the source's load, or undefined before it starts */
  get(source: GraphSource): GraphLoad | undefined;
  /** loads the source again (after a failure) */
  retry(source: GraphSource): void;
  subscribe(listener: () => void): () => void;
}

/** How many URL graphs stay cached. */
const MAX_URL_LOADS = 3;

function sourceKey(source: GraphSource): string {
  return source.kind === "url" ? `url:${source.url}` : `file:${source.id}`;
}

const mayRetry = (err: unknown) => !(err instanceof GraphLoadError && err.kind !== "fetch");

export function createGraphLoads(load: typeof loadGraph = loadGraph, { retryDelayMs = 1000, maxUrlLoads = MAX_URL_LOADS } = {}): GraphLoads {
  // in the order they were last asked for, oldest first
  const loads = new Map<string, GraphLoad>();
  const runs = new Map<string, AbortController>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  function drop(key: string): void {
    runs.get(key)?.abort();
    runs.delete(key);
    loads.delete(key);
  }

  /** The source is the one shown now: any other load still running is cancelled, and of the files opened only it is kept. */
  function supersede(source: GraphSource, key: string): void {
    for (const [k, state] of [...loads]) {
      if (k === key) continue;
      if (state.status === "pending" || (source.kind === "file" && k.startsWith("file:"))) drop(k);
    }
  }

  function run(source: GraphSource): GraphLoad {
    const key = sourceKey(source);
    supersede(source, key);
    runs.get(key)?.abort();
    const controller = new AbortController();
    const { signal } = controller;
    runs.set(key, controller);
    const set = (next: GraphLoad) => {
      if (signal.aborted) return; // cancelled, or a newer run of this source took over
      loads.set(key, next);
      notify();
    };
    let bytes: number | undefined;
    let total: number | undefined;
    const onStage = (stage: LoadStage, b?: number, t?: number) => {
      if (b !== undefined) bytes = b;
      if (t !== undefined) total = t;
      set({ status: "pending", stage, bytes, total });
    };
    const attempt = (tries: number) => {
      load(source, signal, onStage).then(
        (data) => {
          if (!data.records) return set({ status: "success", data });
          set({ status: "success", data, partial: true });
          data.records.then(() => set({ status: "success", data }), () => set({ status: "success", data }));
        },
        (error: unknown) => {
          if (signal.aborted) return;
          if (tries < 1 && mayRetry(error)) {
            const timer = setTimeout(() => attempt(tries + 1), retryDelayMs);
            signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
          } else set({ status: "error", error });
        },
      );
    };
    const first: GraphLoad =
      source.kind === "url" ? { status: "pending", stage: "fetching" } : { status: "pending", stage: "reading", bytes: source.file.size };
    loads.delete(key);
    loads.set(key, first);
    evict();
    attempt(0);
    return first;
  }

  /** Keeps the last few URL loads (the one just asked for is the newest). */
  function evict(): void {
    const urls = [...loads.keys()].filter((k) => k.startsWith("url:"));
    for (const k of urls.slice(0, Math.max(0, urls.length - maxUrlLoads))) drop(k);
  }

  return {
    start(source) {
      const key = sourceKey(source);
      const current = loads.get(key);
      if (current) {
        // asked for again: the newest in the cache
        const size = loads.size;
        supersede(source, key);
        loads.delete(key);
        loads.set(key, current);
        if (loads.size !== size) notify();
        return current;
      }
      const started = run(source);
      notify();
      return started;
    },
    get: (source) => loads.get(sourceKey(source)),
    retry(source) {
      run(source);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
