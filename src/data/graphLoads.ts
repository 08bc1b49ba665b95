// The graph loads of the page, one per source, shared by whoever asks for it: main.tsx
// starts the first before React renders and the app's hook reads that same load. Each load
// is an immutable snapshot, replaced on every change (status, stage, bytes), so React reads
// it with useSyncExternalStore. A load that failed on the network is tried once more after
// a second; a file that was read and refused is not. URL loads stay cached (the back button
// returns to them at once); of the files the user opened, only the latest is kept.
// (This is all the app needed of a query library, at a small part of its size.)
import { GraphLoadError } from "../io/errors";
import { loadGraph, type GraphSource, type LoadedGraph, type LoadStage } from "./loadGraph";

export type GraphLoad =
  | { status: "pending"; stage: LoadStage | null; bytes?: number | undefined }
  | { status: "success"; data: LoadedGraph }
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

export function sourceKey(source: GraphSource): string {
  return source.kind === "url" ? `url:${source.url}` : `file:${source.id}`;
}

const mayRetry = (err: unknown) => !(err instanceof GraphLoadError && err.kind !== "fetch");

export function createGraphLoads(load: typeof loadGraph = loadGraph, { retryDelayMs = 1000 } = {}): GraphLoads {
  const loads = new Map<string, GraphLoad>();
  const runs = new Map<string, object>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  function run(source: GraphSource): GraphLoad {
    const key = sourceKey(source);
    if (source.kind === "file") {
      for (const k of [...loads.keys()]) {
        if (!k.startsWith("file:") || k === key) continue;
        loads.delete(k);
        runs.delete(k);
      }
    }
    const token = {};
    runs.set(key, token);
    const set = (next: GraphLoad) => {
      if (runs.get(key) !== token) return; // a newer run of this source took over
      loads.set(key, next);
      notify();
    };
    let bytes: number | undefined;
    const onStage = (stage: LoadStage, b?: number) => {
      if (b !== undefined) bytes = b;
      set({ status: "pending", stage, bytes });
    };
    const attempt = (tries: number) => {
      load(source, undefined, onStage).then(
        (data) => set({ status: "success", data }),
        (error: unknown) => {
          if (tries < 1 && mayRetry(error)) setTimeout(() => attempt(tries + 1), retryDelayMs);
          else set({ status: "error", error });
        },
      );
    };
    const pending: GraphLoad = { status: "pending", stage: null };
    loads.set(key, pending);
    attempt(0);
    return pending;
  }

  return {
    start(source) {
      const current = loads.get(sourceKey(source));
      if (current) return current;
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
