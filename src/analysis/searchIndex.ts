// Finds nodes by Chinese name, alias, full pinyin or initials, and English, ranked:
// exact, then prefix, then prefix of a word or syllable, then anywhere, then fuzzy
// (the letters in order). Ties go to the better-linked node. Built once per model.
import type { GraphModel } from "../model/graphModel";

interface SearchHit {
  index: number;
  score: number;
  /** the key that matched, as written */
  matched: string;
  /** how much longer the key is than the query: the closer match wins a tie */
  slack: number;
}

export type PinyinLookup = (index: number) => { full: string[]; initials: string[] } | undefined;

interface Key {
  index: number;
  /** normalized: lower case, no spaces or punctuation */
  norm: string;
  /** offsets in norm where a word or syllable starts */
  starts: number[];
  text: string;
}

function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

function keyOf(index: number, text: string, words?: string[]): Key {
  const parts = words ?? text.normalize("NFKC").toLowerCase().split(/[\s\p{P}\p{S}]+/u);
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    const n = normalize(p);
    if (!n) continue;
    starts.push(at);
    at += n.length;
  }
  return { index, norm: normalize(text), starts, text };
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

export function createSearchIndex(model: GraphModel, pinyinOf?: PinyinLookup): SearchIndex {
  const keys: Key[] = [];
  model.nodes.forEach((node, i) => {
    for (const t of [node.name.zh, node.name.en, ...(node.aliases ?? [])]) if (t?.trim()) keys.push(keyOf(i, t));
    keys.push(keyOf(i, node.id));
    const py = node.pinyin ?? pinyinOf?.(i);
    py?.full.forEach((full, k) => {
      keys.push(keyOf(i, full, full.split(" ")));
      const initials = py.initials[k];
      if (initials) keys.push({ index: i, norm: initials, starts: [0], text: initials });
    });
  });

  const subsequence = (q: string, s: string) => {
    let j = 0;
    for (let i = 0; i < s.length && j < q.length; i++) if (s[i] === q[j]) j++;
    return j === q.length;
  };

  return {
    search(query, limit = 12) {
      const q = normalize(query);
      if (!q) return [];
      const best = new Map<number, SearchHit>();
      for (const key of keys) {
        const s = key.norm;
        let score = -1;
        if (s === q) score = 0;
        else if (s.startsWith(q)) score = 1;
        else {
          const at = s.indexOf(q);
          if (at > 0) score = key.starts.some((st) => st > 0 && s.startsWith(q, st)) ? 2 : 3;
          else if (q.length >= 3 && s.length <= q.length * 4 && subsequence(q, s)) score = 4;
        }
        if (score < 0) continue;
        const prev = best.get(key.index);
        const slack = s.length - q.length;
        if (!prev || score < prev.score || (score === prev.score && slack < prev.slack))
          best.set(key.index, { index: key.index, score, matched: key.text, slack });
      }
      return [...best.values()]
        .sort((a, b) => a.score - b.score || a.slack - b.slack || model.degree[b.index]! - model.degree[a.index]! || a.index - b.index)
        .slice(0, limit);
    },
  };
}
