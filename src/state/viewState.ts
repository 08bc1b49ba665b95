// The view state and its named pure producers. Nothing here touches the DOM: the URL,
// postMessage and performance marks are bindings wired in app/.
import type { Lang } from "../lib/pickText";
import { getEmptyAnalysisState, type AnalysisPane, type ColorBy, type PathOptions } from "./analysisState";

export type ViewMode = "graph" | "table";
export type ThemeName = "light" | "dark";
export type ArrangementName = "free" | "two-cities" | "map";
export const ARRANGEMENTS: readonly ArrangementName[] = ["free", "two-cities", "map"];

export type Depth = 0 | 1 | 2 | 3;

/** What is filtered out. Empty lists and nulls mean everything is shown. */
export interface Filters {
  hiddenTypes: readonly string[];
  hiddenRegions: readonly string[];
  hiddenRelations: readonly string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** 1–3: only the neighbourhood of the selection, to this many steps; 0: off */
  depth: Depth;
}

function getEmptyFilters(): Filters {
  return { hiddenTypes: [], hiddenRegions: [], hiddenRelations: [], yearFrom: null, yearTo: null, depth: 0 };
}

export interface ViewState {
  lang: Lang;
  selected: string | null;
  view: ViewMode;
  embed: boolean;
  /** the graph URL given by ?data=, or null for the embedded dataset */
  data: string | null;
  theme: ThemeName;
  arrangement: ArrangementName;
  filters: Filters;
  /** the text in the search field */
  query: string;
  /** the timeline: the network as it stood at the end of this year; null: off */
  year: number | null;
  /** the story being played (its id), or null */
  story: string | null;
  /** the story's current step, 1-based */
  step: number;
  /** presentation mode: full screen, chrome hidden, projector type sizes */
  present: boolean;
  /** seconds per step when the story plays itself in a loop; null: it does not */
  autoplay: number | null;
  /** analysis: what sizes and colours the nodes, the path shown, the open pane (see analysisState.ts) */
  size: string | null;
  color: ColorBy;
  resolution: number;
  path: { from: string; to: string } | null;
  pathOptions: PathOptions;
  pane: AnalysisPane | null;
  /** only this community (1-based, largest first) is shown; null: all */
  community: number | null;
  /** the source open in the reader, with the quote to find in it */
  reading: { source: string; quote: string } | null;
}

export function getEmptyViewState(lang: Lang = "zh"): ViewState {
  return {
    lang, selected: null, view: "graph", embed: false, data: null, theme: "light", arrangement: "free", filters: getEmptyFilters(), query: "",
    year: null, story: null, step: 1, present: false, autoplay: null,
    ...getEmptyAnalysisState(),
  };
}

export const setLanguage = (lang: Lang) => (s: ViewState): ViewState => (s.lang === lang ? s : { ...s, lang });
export const selectNode = (id: string | null) => (s: ViewState): ViewState =>
  s.selected === id ? s : { ...s, selected: id };
export const setView = (view: ViewMode) => (s: ViewState): ViewState => (s.view === view ? s : { ...s, view });
export const setTheme = (theme: ThemeName) => (s: ViewState): ViewState => (s.theme === theme ? s : { ...s, theme });
export const setArrangement = (arrangement: ArrangementName) => (s: ViewState): ViewState =>
  s.arrangement === arrangement ? s : { ...s, arrangement };
const toggle = (list: readonly string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
const withFilters = (s: ViewState, filters: Filters): ViewState => ({ ...s, filters });

export const toggleNodeType = (type: string) => (s: ViewState): ViewState =>
  withFilters(s, { ...s.filters, hiddenTypes: toggle(s.filters.hiddenTypes, type) });
export const toggleRegion = (region: string) => (s: ViewState): ViewState =>
  withFilters(s, { ...s.filters, hiddenRegions: toggle(s.filters.hiddenRegions, region) });
export const toggleRelation = (type: string) => (s: ViewState): ViewState =>
  withFilters(s, { ...s.filters, hiddenRelations: toggle(s.filters.hiddenRelations, type) });
/** Shows only these node types (all others hidden); an empty list shows all. */
export const showOnlyNodeTypes = (types: readonly string[], all: readonly string[]) => (s: ViewState): ViewState =>
  withFilters(s, { ...s.filters, hiddenTypes: types.length ? all.filter((t) => !types.includes(t)) : [] });
export const setYearRange = (yearFrom: number | null, yearTo: number | null) => (s: ViewState): ViewState =>
  s.filters.yearFrom === yearFrom && s.filters.yearTo === yearTo ? s : withFilters(s, { ...s.filters, yearFrom, yearTo });
export const setDepth = (depth: Depth) => (s: ViewState): ViewState => (s.filters.depth === depth ? s : withFilters(s, { ...s.filters, depth }));
export const resetFilters = () => (s: ViewState): ViewState => withFilters(s, getEmptyFilters());
export const setQuery = (query: string) => (s: ViewState): ViewState => (s.query === query ? s : { ...s, query });
export const setYear = (year: number | null) => (s: ViewState): ViewState => (s.year === year ? s : { ...s, year });
export const replaceState = (next: ViewState) => (): ViewState => next;

/** Opens a story at a step (1-based); the step's own view is applied by the story player. */
export const openStory = (story: string | null, step = 1) => (s: ViewState): ViewState =>
  s.story === story && s.step === step ? s : { ...s, story, step: Math.max(1, Math.floor(step)) };
export const setStoryStep = (step: number) => (s: ViewState): ViewState => (s.step === step ? s : { ...s, step: Math.max(1, Math.floor(step)) });
export const setPresent = (present: boolean) => (s: ViewState): ViewState => (s.present === present ? s : { ...s, present });
