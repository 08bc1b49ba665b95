// The app's side of the coopnet:* protocol: when the page is framed, loads the embed
// session (embedSession.ts) and tells it about the graph's load. An unframed page loads
// none of it.
import { useEffect, useState, type RefObject } from "react";
import type { GraphModel } from "../model/graphModel";
import type { Store } from "../state/store";
import type { ViewState } from "../state/viewState";
import type { EmbedSession } from "./embedSession";
import type { GraphStatus } from "./useGraphData";

function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

export function useEmbedMessages(
  store: Store<ViewState>,
  { status, model, error }: { status: GraphStatus; model: GraphModel | null; error: unknown },
  rootRef: RefObject<HTMLElement | null>,
): void {
  const [session, setSession] = useState<EmbedSession | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !isFramed()) return;
    let started: EmbedSession | null = null;
    let cancelled = false;
    import("./embedSession")
      .then(({ startEmbedSession }) => {
        if (cancelled) return;
        started = startEmbedSession(store, root);
        setSession(started);
      })
      .catch((err: unknown) => console.error(err));
    return () => {
      cancelled = true;
      started?.stop();
    };
  }, [store, rootRef]);

  useEffect(() => session?.report(status, model, error), [session, status, model, error]);
}
