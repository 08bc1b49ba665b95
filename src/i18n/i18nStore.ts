// The interface language of the page: the active language's translator, the messages
// loaded so far, and the switch to another language (its messages load first, so the
// interface changes in one step). A small store: readers subscribe and take snapshots.
import { loadMessages, type Language, type Messages } from "./messages";
import { createTranslator, type TFunction } from "./translate";

interface Translation {
  readonly language: Language;
  readonly t: TFunction;
}

export interface I18n {
  /** the current language and its translator; a new object after each switch */
  get(): Translation;
  /** switches once the language's messages are loaded; a later call wins over an earlier one */
  changeLanguage(lang: Language): Promise<void>;
  subscribe(listener: () => void): () => void;
}

export function createI18nStore(
  lang: Language,
  loaded: Partial<Record<Language, Messages>>,
  load: (lang: Language) => Promise<Messages> = loadMessages,
): I18n {
  const messages = { ...loaded };
  const translation = (language: Language): Translation => {
    const m = messages[language];
    if (!m) throw new Error(`the ${language} messages are not loaded`);
    return { language, t: createTranslator(language === "zh" ? "zh-CN" : "en", m) };
  };
  let current = translation(lang);
  let wanted = lang;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    async changeLanguage(next) {
      wanted = next;
      if (!messages[next]) messages[next] = await load(next);
      if (wanted !== next || current.language === next) return;
      current = translation(next);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
