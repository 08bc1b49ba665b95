// The view state <-> URL search parameters, so a copied address reproduces the view.
// Unknown parameters are kept as they are; bad values fall back to defaults.
import type { Lang } from "../lib/pickText";
import { decodeAnalysis, encodeAnalysis } from "./analysisUrl";
import { ARRANGEMENTS, getEmptyViewState, type ArrangementName, type Depth, type Filters, type ViewState } from "./viewState";

const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : null);
const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

function decodeFilters(params: URLSearchParams): Filters {
  const depth = Number(params.get("depth"));
  return {
    hiddenTypes: unique(params.getAll("hideType")),
    hiddenRegions: unique(params.getAll("hideRegion")),
    hiddenRelations: unique(params.getAll("hideRelation")),
    yearFrom: year(params.get("from")),
    yearTo: year(params.get("to")),
    depth: (depth >= 1 && depth <= 3 ? Math.floor(depth) : 0) as Depth,
  };
}

function parseLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v === "zh" || v.startsWith("zh-")) return "zh";
  if (v === "en" || v.startsWith("en-")) return "en";
  return null;
}

export function decodeViewState(
  params: URLSearchParams,
  browserLangs: readonly string[] = [],
  prefersDark = false,
): ViewState {
  const fallback = browserLangs.map(parseLang).find((l): l is Lang => l !== null) ?? "zh";
  const state = getEmptyViewState(parseLang(params.get("lang")) ?? fallback);
  const node = params.get("node");
  const embed = params.get("embed");
  const data = params.get("data");
  return {
    ...state,
    selected: node ? node : null,
    view: params.get("view") === "table" ? "table" : "graph",
    embed: embed === "1" || embed === "true",
    data: data ? data : null,
    theme: params.get("theme") === "dark" ? "dark" : params.get("theme") === "light" ? "light" : prefersDark ? "dark" : "light",
    arrangement: ARRANGEMENTS.find((a) => a === params.get("layout")) ?? ("free" satisfies ArrangementName),
    filters: decodeFilters(params),
    query: (params.get("q") ?? "").slice(0, 200),
    year: year(params.get("year")),
    ...decodeStory(params),
    ...decodeAnalysis(params),
  };
}

const positiveInt = (v: string | null) => (v && /^\d{1,6}$/.test(v) && Number(v) >= 1 ? Number(v) : null);

function decodeStory(params: URLSearchParams): Pick<ViewState, "story" | "step" | "present" | "autoplay"> {
  const story = (params.get("story") ?? "").slice(0, 200);
  const seconds = Number(params.get("autoplay"));
  return {
    story: story ? story : null,
    step: positiveInt(params.get("step")) ?? 1,
    present: params.get("present") === "1" || params.get("present") === "true",
    autoplay: params.has("autoplay") && Number.isFinite(seconds) && seconds > 0 ? Math.min(3600, Math.max(0.5, seconds)) : null,
  };
}

/**
 * Writes the state into a copy of the given parameters; other parameters are left alone.
 * `prefersDark` is the system's colour preference, as given to decodeViewState: a theme
 * other than the system's is always written, so the address decodes to it again.
 */
export function encodeViewState(state: ViewState, base: URLSearchParams = new URLSearchParams(), prefersDark = false): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value));
  set("data", state.data);
  set("lang", state.lang);
  set("node", state.selected);
  set("view", state.view === "table" ? "table" : null);
  set("embed", state.embed ? "1" : null);
  const systemTheme = prefersDark ? "dark" : "light";
  set("theme", state.theme !== systemTheme || params.has("theme") ? state.theme : null);
  set("layout", state.arrangement === "free" ? null : state.arrangement);
  const f = state.filters;
  for (const [key, values] of [["hideType", f.hiddenTypes], ["hideRegion", f.hiddenRegions], ["hideRelation", f.hiddenRelations]] as const) {
    params.delete(key);
    for (const v of values) params.append(key, v);
  }
  set("from", f.yearFrom === null ? null : String(f.yearFrom));
  set("to", f.yearTo === null ? null : String(f.yearTo));
  set("depth", f.depth ? String(f.depth) : null);
  set("q", state.query ? state.query : null);
  set("year", state.year === null ? null : String(state.year));
  set("story", state.story);
  set("step", state.story ? String(state.step) : null);
  set("present", state.present ? "1" : null);
  set("autoplay", state.autoplay === null ? null : String(state.autoplay));
  encodeAnalysis(state, params);
  return params;
}
