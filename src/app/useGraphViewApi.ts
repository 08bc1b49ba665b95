// The graph view's handle (drawn positions, screen positions, image export): kept for the
// export, and published read-only as window.__coopnet for same-origin embedders and the
// benchmark (the contract's positions() and screenPosition(id)).
import { useCallback, useRef, type RefObject } from "react";
import type { GraphViewApi } from "../features/graph-view/GraphView";

export function useGraphViewApi(): [RefObject<GraphViewApi | null>, (api: GraphViewApi | null) => void] {
  const apiRef = useRef<GraphViewApi | null>(null);
  const onReady = useCallback((api: GraphViewApi | null) => {
    apiRef.current = api;
    (window as unknown as { __coopnet?: unknown }).__coopnet = api ? { positions: api.positions, screenPosition: api.screenPosition } : undefined;
  }, []);
  return [apiRef, onReady];
}
