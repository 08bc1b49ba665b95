// The editor's drafts: the graph's stories, or the unsaved drafts of this graph kept from
// earlier in the session; whether they differ from what is in the graph (unsaved changes).
import { useMemo, useState } from "react";
import type { Story } from "../../model/schema";
import { fromStories, sameStories, toStories, type DraftStory } from "./storyDrafts";
import { readDraftSession, useDraftSession } from "./useDraftSession";

type Producer = (drafts: DraftStory[]) => DraftStory[];

export function useStoryDrafts(saved: readonly Story[], graphKey: string) {
  const [start] = useState(() => {
    const fromGraph = fromStories(saved);
    const kept = readDraftSession(graphKey);
    return kept && !sameStories(toStories(kept), toStories(fromGraph)) ? { drafts: kept, restored: true } : { drafts: fromGraph, restored: false };
  });
  const [drafts, setDrafts] = useState(start.drafts);
  const dirty = useMemo(() => !sameStories(toStories(drafts), toStories(fromStories(saved))), [drafts, saved]);
  useDraftSession(graphKey, drafts, dirty);
  return { drafts, update: (change: Producer) => setDrafts(change), dirty, restored: start.restored };
}
