// Wires the coopnet:* protocol to the window: posts to the parent when framed and applies
// the parent's select messages to the store. Returns its unbind.
import { parseIncomingMessage, type OutgoingMessage } from "../embed/protocol";
import type { Store } from "../state/store";
import { selectNode, type ViewState } from "../state/viewState";

function isFramed(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

export function postToParent(message: OutgoingMessage, win: Window = window): void {
  if (!isFramed(win)) return;
  // the messages carry only counts, ids and error text, nothing private: any origin may listen
  win.parent.postMessage(message, "*");
}

export function bindEmbedBridge(store: Store<ViewState>, hasNode: (id: string) => boolean, win: Window = window): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || !isFramed(win)) return;
    const msg = parseIncomingMessage(event.data);
    if (!msg) return;
    if (msg.id === null || hasNode(msg.id)) store.update(selectNode(msg.id));
  };
  win.addEventListener("message", onMessage);
  const offStore = store.subscribe((next, prev) => {
    if (next.selected !== prev.selected) postToParent({ type: "coopnet:select", id: next.selected }, win);
  });
  return () => {
    win.removeEventListener("message", onMessage);
    offStore();
  };
}
