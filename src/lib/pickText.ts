// Picks the text of a bilingual value in the chosen language, falling back to the other.
export type Lang = "zh" | "en";

export interface Bilingual {
  zh?: string | undefined;
  en?: string | undefined;
}

export function pickText(text: Bilingual | undefined, lang: Lang): string {
  if (!text) return "";
  const first = text[lang]?.trim();
  if (first) return first;
  return (lang === "zh" ? text.en : text.zh)?.trim() ?? "";
}

/** The other language's text, when it differs from the chosen one (for a subtitle). */
export function otherText(text: Bilingual | undefined, lang: Lang): string {
  if (!text) return "";
  const other = (lang === "zh" ? text.en : text.zh)?.trim() ?? "";
  return other && other !== pickText(text, lang) ? other : "";
}
