// Both languages at once, synchronously: for tests and tools that render in either.
// The page itself loads only the active language (main.tsx: loadMessages + createI18nStore).
import { en } from "./en";
import { createI18nStore, type I18n } from "./i18nStore";
import type { Language } from "./messages";
import { zh } from "./zh";

export type { I18n };

export function createI18n(lang: Language): I18n {
  return createI18nStore(lang, { zh, en });
}
