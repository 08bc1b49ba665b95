// The view state and its named pure producers. Nothing here touches the DOM: the URL,
// postMessage and performance marks are bindings wired in app/.
import type { Lang } from "../lib/pickText";

export type ViewMode = "graph" | "table";
export type ThemeName = "light" | "dark";
export type ArrangementName = "free" | "two-cities";

export interface ViewState {
  lang: Lang;
  selected: string | null;
  view: ViewMode;
  embed: boolean;
  /** the graph URL given by ?data=, or null for the embedded dataset */
  data: string | null;
  theme: ThemeName;
  arrangement: ArrangementName;
}

export function getEmptyViewState(lang: Lang = "zh"): ViewState {
  return { lang, selected: null, view: "graph", embed: false, data: null, theme: "light", arrangement: "free" };
}

export const setLanguage = (lang: Lang) => (s: ViewState): ViewState => (s.lang === lang ? s : { ...s, lang });
export const selectNode = (id: string | null) => (s: ViewState): ViewState =>
  s.selected === id ? s : { ...s, selected: id };
export const setView = (view: ViewMode) => (s: ViewState): ViewState => (s.view === view ? s : { ...s, view });
export const setTheme = (theme: ThemeName) => (s: ViewState): ViewState => (s.theme === theme ? s : { ...s, theme });
export const setArrangement = (arrangement: ArrangementName) => (s: ViewState): ViewState =>
  s.arrangement === arrangement ? s : { ...s, arrangement };
export const replaceState = (next: ViewState) => (): ViewState => next;
