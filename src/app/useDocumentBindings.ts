// The document follows the view: the theme on <html>, the title (the graph's own, else the
// app's), the interface language (its messages load on the first switch); and Escape
// anywhere but in a field clears the selection.
import { useEffect } from "react";
import { useTranslation } from "../i18n/useTranslation";
import type { Lang } from "../lib/pickText";
import type { Store } from "../state/store";
import { selectNode, type ThemeName, type ViewState } from "../state/viewState";

export function useDocumentBindings(store: Store<ViewState>, { theme, lang, title }: { theme: ThemeName; lang: Lang; title: string }): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.get().language !== lang) i18n.changeLanguage(lang).catch((err: unknown) => console.error(err));
  }, [i18n, lang]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.title = lang === "zh" ? `${title} · Chengyu EduNet` : `${title} · 成渝教育协同网络`;
  }, [title, lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "Escape" || e.defaultPrevented || target?.closest("select, textarea, input:not([type=search])")) return;
      if (store.get().selected) store.update(selectNode(null));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}
