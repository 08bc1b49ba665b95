// Unsaved drafts are never lost silently: while there are any, they are kept in the tab's
// sessionStorage (under the graph they belong to, so they come back when the editor opens
// on that graph again, after a reload too) and leaving the page asks first. sessionStorage,
// not the URL: drafts can be long, and the URL is the view, which a copied link shares.
import { useEffect } from "react";
import { revive, type DraftStory } from "./storyDrafts";

const PREFIX = "coopnet:story-drafts:";

export function readDraftSession(graphKey: string): DraftStory[] | null {
  try {
    const text = sessionStorage.getItem(PREFIX + graphKey);
    const value: unknown = text ? JSON.parse(text) : null;
    return Array.isArray(value) ? revive(value) : null;
  } catch {
    return null;
  }
}

function writeDraftSession(graphKey: string, drafts: readonly DraftStory[] | null): void {
  try {
    if (drafts) sessionStorage.setItem(PREFIX + graphKey, JSON.stringify(drafts));
    else sessionStorage.removeItem(PREFIX + graphKey);
  } catch {
    // storage full or refused: the warning before leaving still guards the drafts
  }
}

export function useDraftSession(graphKey: string, drafts: readonly DraftStory[], dirty: boolean): void {
  useEffect(() => {
    writeDraftSession(graphKey, dirty ? drafts : null);
  }, [graphKey, drafts, dirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // older browsers ask only when returnValue is set
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
}
