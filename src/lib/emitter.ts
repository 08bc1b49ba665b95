// A typed event emitter whose `on` returns its unbind.
type Handler<E> = (event: E) => void;

export interface Emitter<Events extends { type: string }> {
  on<T extends Events["type"]>(type: T, handler: Handler<Extract<Events, { type: T }>>): () => void;
  emit(event: Events): void;
  clear(): void;
}

export function createEmitter<Events extends { type: string }>(): Emitter<Events> {
  const handlers = new Map<string, Set<Handler<never>>>();
  return {
    on(type, handler) {
      let set = handlers.get(type);
      if (!set) handlers.set(type, (set = new Set()));
      set.add(handler as Handler<never>);
      return () => set.delete(handler as Handler<never>);
    },
    emit(event) {
      const set = handlers.get(event.type);
      if (set) for (const h of [...set]) (h as Handler<Events>)(event);
    },
    clear: () => handlers.clear(),
  };
}
