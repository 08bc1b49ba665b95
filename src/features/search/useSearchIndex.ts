// The search index of the current model, built once. For an opened graph whose Chinese
// names carry no pinyin, the pinyin keys are made in a lazily loaded chunk and the index
// is rebuilt with them when it arrives.
import { useEffect, useMemo, useState } from "react";
import type { GraphModel } from "../../model/graphModel";
import { createSearchIndex, type PinyinLookup, type SearchIndex } from "../../analysis/searchIndex";

const HAN = /\p{Script=Han}/u;

export function useSearchIndex(model: GraphModel | null): SearchIndex | null {
  const [pinyin, setPinyin] = useState<{ model: GraphModel; lookup: PinyinLookup } | null>(null);
  const needsPinyin = useMemo(
    () => Boolean(model?.nodes.some((n) => !n.pinyin && [n.name.zh, ...(n.aliases ?? [])].some((t) => t && HAN.test(t)))),
    [model],
  );
  useEffect(() => {
    if (!model || !needsPinyin) return;
    let alive = true;
    void import("../../analysis/pinyinKeys").then(({ nodePinyin }) => {
      if (!alive) return;
      const keys = model.nodes.map((n) => (n.pinyin ? undefined : (nodePinyin([n.name.zh, ...(n.aliases ?? [])]) ?? undefined)));
      setPinyin({ model, lookup: (i) => keys[i] });
    });
    return () => {
      alive = false;
    };
  }, [model, needsPinyin]);
  return useMemo(() => {
    if (!model) return null;
    return createSearchIndex(model, pinyin?.model === model ? pinyin.lookup : undefined);
  }, [model, pinyin]);
}
