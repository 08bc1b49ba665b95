// The analysis jobs of one graph as an external store: the worker starts with the first job,
// a job runs again only when its key changes, and each kind keeps its latest state (with
// progress) for useSyncExternalStore.
import { analysisInputOf, createAnalysisClient, type AnalysisClient, type Async } from "../analysis/client";
import type { GraphModel } from "../model/graphModel";

type Kind = "measures" | "communities" | "path";
type Run = (client: AnalysisClient, progress: (share: number) => void) => Promise<unknown>;

const IDLE: Async<never> = { status: "idle", share: 0, result: null };

export interface AnalysisSession {
  /** runs the job of this kind unless the one with this key already ran or runs; key null: none wanted */
  request(kind: Kind, key: string | null, run: Run): void;
  get(kind: Kind): Async<unknown>;
  subscribe(listener: () => void): () => void;
  kill(): void;
}

export function createAnalysisSession(model: GraphModel): AnalysisSession {
  let client: AnalysisClient | null = null;
  const keys = new Map<Kind, string | null>();
  const states = new Map<Kind, Async<unknown>>();
  const listeners = new Set<() => void>();
  const set = (kind: Kind, key: string | null, state: Async<unknown>) => {
    if (keys.get(kind) !== key) return;
    states.set(kind, state);
    for (const l of [...listeners]) l();
  };
  return {
    request(kind, key, run) {
      if (keys.get(kind) === key) return;
      keys.set(kind, key);
      if (key === null) return set(kind, key, IDLE);
      client ??= createAnalysisClient(analysisInputOf(model));
      set(kind, key, { status: "running", share: 0, result: null });
      run(client, (share) => set(kind, key, { status: "running", share, result: null }))
        .then((result) => result && set(kind, key, { status: "done", share: 1, result }))
        .catch(() => set(kind, key, { status: "error", share: 0, result: null }));
    },
    get: (kind) => states.get(kind) ?? IDLE,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill() {
      client?.kill();
      client = null;
      keys.clear();
      listeners.clear();
    },
  };
}
