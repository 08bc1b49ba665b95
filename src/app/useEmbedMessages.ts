// The app's side of the coopnet:* protocol when it is framed: tells the parent window when
// the graph is ready (with its counts) or failed to load and the height its content wants,
// and wires the bridge that posts selections and applies the parent's messages
// (embedBridge.ts).
import { useEffect, useState, type RefObject } from "react";
import type { GraphModel } from "../model/graphModel";
import type { Store } from "../state/store";
import type { ViewState } from "../state/viewState";
import { bindEmbedBridge, createEmbedChannel, isFramed } from "./embedBridge";
import { bindEmbedResize } from "./embedResize";
import type { GraphStatus } from "./useGraphData";

export function useEmbedMessages(
  store: Store<ViewState>,
  { status, model, error }: { status: GraphStatus; model: GraphModel | null; error: unknown },
  rootRef: RefObject<HTMLElement | null>,
): void {
  const [channel] = useState(() => createEmbedChannel());

  useEffect(() => {
    if (status === "ready" && model) channel.post({ type: "coopnet:ready", nodes: model.nodes.length, edges: model.edges.length });
    else if (status === "error") channel.post({ type: "coopnet:error", message: error instanceof Error ? error.message : String(error) });
  }, [channel, status, model, error]);

  useEffect(() => bindEmbedBridge(store, channel, (id) => Boolean(model?.indexOf.has(id))), [store, channel, model]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !isFramed()) return;
    return bindEmbedResize(root, (height) => channel.post({ type: "coopnet:resize", height }));
  }, [channel, rootRef]);
}
