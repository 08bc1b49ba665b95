// Wires the coopnet:* protocol to the window when the app is framed: posts to the parent,
// and applies the parent's messages to the store. With a list of allowed origins, messages
// from other origins are ignored and outgoing ones go only to the parent's origin (from
// the browser's ancestor origins or the referrer, else the first accepted message; until
// it is known, to each allowed origin, which the browser delivers only to a match).
import { getAllowedOrigins } from "../embed/origins";
import { parseIncomingMessage, type IncomingMessage, type OutgoingMessage } from "../embed/protocol";
import type { Store } from "../state/store";
import { selectNode, type ViewState } from "../state/viewState";
import { describeViewState, viewStateAfterSet } from "./embedCommands";

function isFramed(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

export interface EmbedChannel {
  post(message: OutgoingMessage): void;
  /** whether a message event comes from the parent and an allowed origin */
  accepts(event: MessageEvent): boolean;
}

function guessParentOrigin(win: Window, allowed: readonly string[]): string | null {
  const candidates = [win.location.ancestorOrigins?.[0], win.document.referrer];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const origin = new URL(candidate).origin;
      if (allowed.includes(origin)) return origin;
    } catch {
      // not a URL
    }
  }
  return null;
}

export function createEmbedChannel(win: Window = window): EmbedChannel {
  const allowed = getAllowedOrigins(import.meta.env.VITE_COOPNET_ORIGINS as string | undefined, new URLSearchParams(win.location.search).get("origins"));
  let parentOrigin = allowed ? guessParentOrigin(win, allowed) : null;
  return {
    post(message) {
      if (!isFramed(win)) return;
      // with no list the messages go to any origin: they carry only counts, ids, error text and the view's parameters
      if (!allowed) win.parent.postMessage(message, "*");
      else for (const origin of parentOrigin ? [parentOrigin] : allowed) win.parent.postMessage(message, origin);
    },
    accepts(event) {
      if (event.source !== win.parent || !isFramed(win)) return false;
      if (!allowed) return true;
      if (!allowed.includes(event.origin)) return false;
      parentOrigin = event.origin;
      return true;
    },
  };
}

function applyMessage(msg: IncomingMessage, store: Store<ViewState>, channel: EmbedChannel, hasNode: (id: string) => boolean, win: Window): void {
  if (msg.type === "coopnet:select") {
    if (msg.id === null || hasNode(msg.id)) store.update(selectNode(msg.id));
  } else if (msg.type === "coopnet:set") {
    store.update((s) => viewStateAfterSet(s, msg, hasNode, win));
  } else {
    channel.post(describeViewState(store.get(), win));
  }
}

export function bindEmbedBridge(store: Store<ViewState>, channel: EmbedChannel, hasNode: (id: string) => boolean, win: Window = window): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!channel.accepts(event)) return;
    const msg = parseIncomingMessage(event.data);
    if (msg) applyMessage(msg, store, channel, hasNode, win);
  };
  win.addEventListener("message", onMessage);
  const offStore = store.subscribe((next, prev) => {
    if (next.selected !== prev.selected) channel.post({ type: "coopnet:select", id: next.selected });
  });
  return () => {
    win.removeEventListener("message", onMessage);
    offStore();
  };
}
