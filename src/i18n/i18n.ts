// The i18next instance, with both languages bundled (they are small), so switching
// language never waits for a request.
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { MESSAGES, type Language } from "./messages";

export function createI18n(lng: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: lng === "zh" ? "en" : "zh",
    resources: { zh: { translation: MESSAGES.zh }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false }, // React escapes; nothing here is ever set as HTML
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
