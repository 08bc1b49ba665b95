// The app's side of the coopnet:* protocol when it is framed: tells the parent window when
// the graph is ready (with its counts) or failed to load, and wires the bridge that posts
// selections and applies the parent's (embedBridge.ts).
import { useEffect } from "react";
import type { GraphModel } from "../model/graphModel";
import type { Store } from "../state/store";
import type { ViewState } from "../state/viewState";
import { bindEmbedBridge, postToParent } from "./embedBridge";
import type { GraphStatus } from "./useGraphData";

export function useEmbedMessages(store: Store<ViewState>, status: GraphStatus, model: GraphModel | null, error: unknown): void {
  useEffect(() => {
    if (status === "ready" && model) postToParent({ type: "coopnet:ready", nodes: model.nodes.length, edges: model.edges.length });
    else if (status === "error") postToParent({ type: "coopnet:error", message: error instanceof Error ? error.message : String(error) });
  }, [status, model, error]);

  useEffect(() => bindEmbedBridge(store, (id) => Boolean(model?.indexOf.has(id))), [store, model]);
}
