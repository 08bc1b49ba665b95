// Everything the app does when it is framed, in a chunk of its own that only a framed page
// loads: the channel to the parent, the bridge that applies its messages and posts
// selections, the wanted height, and the reports of the graph's load.
import type { GraphModel } from "../model/graphModel";
import type { Store } from "../state/store";
import type { ViewState } from "../state/viewState";
import { bindEmbedBridge, createEmbedChannel } from "./embedBridge";
import { bindEmbedResize } from "./embedResize";
import type { GraphStatus } from "./useGraphData";

export interface EmbedSession {
  /** tells the parent the graph is ready (with its counts) or failed to load */
  report(status: GraphStatus, model: GraphModel | null, error: unknown): void;
  stop(): void;
}

export function startEmbedSession(store: Store<ViewState>, root: HTMLElement, win: Window = window): EmbedSession {
  const channel = createEmbedChannel(win);
  let model: GraphModel | null = null;
  const offBridge = bindEmbedBridge(store, channel, (id) => Boolean(model?.indexOf.has(id)), win);
  const offResize = bindEmbedResize(root, (height) => channel.post({ type: "coopnet:resize", height }), win);
  return {
    report(status, next, error) {
      model = next;
      if (status === "ready" && next) channel.post({ type: "coopnet:ready", nodes: next.nodes.length, edges: next.edges.length });
      else if (status === "error") channel.post({ type: "coopnet:error", message: error instanceof Error ? error.message : String(error) });
    },
    stop() {
      offBridge();
      offResize();
    },
  };
}
