// The analysis part of the view state <-> URL parameters: size=, color=, resolution=, path=<id>~<id>,
// pathAll=1, pathSkip= (repeatable), analysis=<pane>, community=<n>, read=<source> with quote=<text>.
import { ANALYSIS_PANES, clampResolution, DEFAULT_RESOLUTION, getEmptyAnalysisState, type AnalysisPane } from "./analysisState";
import type { ViewState } from "./viewState";

type AnalysisFields = ReturnType<typeof getEmptyAnalysisState>;

function decodePath(value: string | null): { from: string; to: string } | null {
  const at = value ? value.indexOf("~") : -1;
  if (!value || at <= 0 || at === value.length - 1) return null;
  return { from: value.slice(0, at), to: value.slice(at + 1) };
}

export function decodeAnalysis(params: URLSearchParams): AnalysisFields {
  const size = params.get("size");
  const resolution = Number(params.get("resolution"));
  const pane = params.get("analysis");
  const community = Number(params.get("community"));
  const source = params.get("read");
  return {
    size: size && /^[A-Za-z]{1,40}$/.test(size) ? size : null,
    color: params.get("color") === "community" ? "community" : "type",
    resolution: params.has("resolution") && Number.isFinite(resolution) && resolution > 0 ? clampResolution(resolution) : DEFAULT_RESOLUTION,
    path: decodePath(params.get("path")),
    pathOptions: { all: params.get("pathAll") === "1", skip: [...new Set(params.getAll("pathSkip").filter(Boolean))] },
    pane: (ANALYSIS_PANES as readonly string[]).includes(pane ?? "") ? (pane as AnalysisPane) : null,
    community: Number.isInteger(community) && community >= 1 ? community : null,
    reading: source ? { source, quote: (params.get("quote") ?? "").slice(0, 2000) } : null,
  };
}

export function encodeAnalysis(state: ViewState, params: URLSearchParams): void {
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value));
  set("size", state.size);
  set("color", state.color === "community" ? "community" : null);
  set("resolution", state.resolution === DEFAULT_RESOLUTION ? null : String(state.resolution));
  set("path", state.path ? `${state.path.from}~${state.path.to}` : null);
  set("pathAll", state.pathOptions.all ? "1" : null);
  params.delete("pathSkip");
  for (const type of state.pathOptions.skip) params.append("pathSkip", type);
  set("analysis", state.pane);
  set("community", state.community === null ? null : String(state.community));
  set("read", state.reading?.source ?? null);
  set("quote", state.reading?.quote || null);
}
