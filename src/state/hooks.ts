// The only React file of state/: reads the view store through useSyncExternalStore.
import { createContext, useContext, useSyncExternalStore } from "react";
import type { Store } from "./store";
import type { ViewState } from "./viewState";

export const ViewStoreContext = createContext<Store<ViewState> | null>(null);

export function useViewStore(): Store<ViewState> {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error("useViewStore outside ViewStoreContext");
  return store;
}

export function useViewState<T>(select: (s: ViewState) => T): T {
  const store = useViewStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
