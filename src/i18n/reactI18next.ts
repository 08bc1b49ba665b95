// The part of react-i18next's API that code written for it still uses, served by our own
// i18n: vite.config.ts (resolve.alias) and tsconfig.json (paths) point the name
// `react-i18next` here. New code imports useTranslation / I18nProvider directly.
export { useTranslation } from "./useTranslation";
export { I18nProvider as I18nextProvider } from "./I18nProvider";
