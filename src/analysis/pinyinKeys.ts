// Pinyin search keys for Chinese names: full syllables and initials. Used by the data build
// (so the embedded dataset ships its keys) and, loaded lazily, for opened graphs without them.
import { pinyin } from "pinyin-pro";
import { HAN } from "../lib/han";


function pinyinKeys(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  return { full: syllables.join(" "), initials: syllables.map((s) => s[0]).join("") };
}

/** Keys for a node's Chinese name and its Chinese aliases, in that order. */
export function nodePinyin(names: readonly (string | undefined)[]): { full: string[]; initials: string[] } | null {
  const keys = names.filter((s): s is string => Boolean(s && HAN.test(s))).map(pinyinKeys);
  return keys.length ? { full: keys.map((k) => k.full), initials: keys.map((k) => k.initials) } : null;
}
