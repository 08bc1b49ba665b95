// The translator of the current language, for a component: it renders again when the
// language switches. The same shape as react-i18next's hook ({ t, i18n }), at a fraction
// of i18next's size on the first-render path.
import { useContext, useMemo, useSyncExternalStore } from "react";
import type { I18n } from "./i18nStore";
import type { Language } from "./messages";
import { I18nContext } from "./I18nProvider";
import type { TFunction } from "./translate";

export function useTranslation(): { t: TFunction; i18n: I18n; language: Language } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useTranslation outside I18nProvider");
  const current = useSyncExternalStore(i18n.subscribe, i18n.get);
  return useMemo(() => ({ t: current.t, i18n, language: current.language }), [current, i18n]);
}
