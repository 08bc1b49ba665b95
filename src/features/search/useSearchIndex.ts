// The search index of the current model, built once. For an opened graph whose Chinese
// names carry no pinyin, the pinyin keys are made in a lazily loaded chunk, only once the
// search is used and in short slices so the page never stalls; the index is rebuilt with
// them when they are all made.
import { useEffect, useMemo, useState } from "react";
import type { GraphModel } from "../../model/graphModel";
import { createSearchIndex, type PinyinLookup, type SearchIndex } from "../../analysis/searchIndex";
import { HAN } from "../../lib/han";

const SLICE = 400;

export function useSearchIndex(model: GraphModel | null, active: boolean): SearchIndex | null {
  const [pinyin, setPinyin] = useState<{ model: GraphModel; lookup: PinyinLookup } | null>(null);
  const needsPinyin = useMemo(
    () => Boolean(model?.nodes.some((n) => !n.pinyin && [n.name.zh, ...(n.aliases ?? [])].some((t) => t && HAN.test(t)))),
    [model],
  );
  const done = pinyin?.model === model;
  useEffect(() => {
    if (!model || !needsPinyin || !active || done) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void import("../../analysis/pinyinKeys").then(({ nodePinyin }) => {
      const keys: ({ full: string[]; initials: string[] } | undefined)[] = new Array(model.nodes.length);
      let at = 0;
      const slice = () => {
        if (!alive) return;
        const end = Math.min(model.nodes.length, at + SLICE);
        for (; at < end; at++) {
          const n = model.nodes[at]!;
          keys[at] = n.pinyin ? undefined : (nodePinyin([n.name.zh, ...(n.aliases ?? [])]) ?? undefined);
        }
        if (at < model.nodes.length) timer = setTimeout(slice, 0);
        else setPinyin({ model, lookup: (i) => keys[i] });
      };
      slice();
    });
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [model, needsPinyin, active, done]);
  // the index itself is built the first time the search is used, not at start-up
  return useMemo(() => {
    if (!model || !active) return null;
    return createSearchIndex(model, done ? pinyin!.lookup : undefined);
  }, [model, pinyin, done, active]);
}
