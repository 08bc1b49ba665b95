// A minimal external store: state changes only through producers, listeners are told
// after each change, and every subscribe returns its unsubscribe.
export interface Store<S> {
  get(): S;
  update(producer: (s: S) => S): void;
  subscribe(listener: (s: S, prev: S) => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(s: S, prev: S) => void>();
  return {
    get: () => state,
    update(producer) {
      const prev = state;
      const next = producer(prev);
      if (next === prev) return;
      state = next;
      for (const l of [...listeners]) l(next, prev);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
