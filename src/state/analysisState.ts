// The analysis part of the view state (sizes, colours, communities, the path, the open pane,
// the source reader) and its producers. The measure and pane names are checked against
// these lists when read from the URL.
import type { ViewState } from "./viewState";

export const ANALYSIS_PANES = ["measures", "communities", "path", "stats", "cities"] as const;
export type AnalysisPane = (typeof ANALYSIS_PANES)[number];
export type ColorBy = "type" | "community";
export interface PathOptions {
  /** every shortest path, not only the first */
  all: boolean;
  /** relation types a path may not use */
  skip: readonly string[];
}

export const DEFAULT_RESOLUTION = 1;
const MIN_RESOLUTION = 0.1;
const MAX_RESOLUTION = 10;

export function getEmptyAnalysisState() {
  return {
    size: null as string | null,
    color: "type" as ColorBy,
    resolution: DEFAULT_RESOLUTION,
    path: null as { from: string; to: string } | null,
    pathOptions: { all: false, skip: [] } as PathOptions,
    pane: null as AnalysisPane | null,
    community: null as number | null,
    reading: null as { source: string; quote: string } | null,
  };
}

export const clampResolution = (r: number) => Math.min(MAX_RESOLUTION, Math.max(MIN_RESOLUTION, Math.round(r * 100) / 100));

export const setSizeBy = (size: string | null) => (s: ViewState): ViewState => (s.size === size ? s : { ...s, size });
export const setColorBy = (color: ColorBy) => (s: ViewState): ViewState => (s.color === color ? s : { ...s, color });
export const setResolution = (r: number) => (s: ViewState): ViewState => {
  const resolution = clampResolution(r);
  return s.resolution === resolution ? s : { ...s, resolution, community: null };
};
export const setPath = (path: { from: string; to: string } | null) => (s: ViewState): ViewState =>
  s.path?.from === path?.from && s.path?.to === path?.to ? s : { ...s, path };
export const setPathOptions = (pathOptions: PathOptions) => (s: ViewState): ViewState => ({ ...s, pathOptions });
/** The analysis pane shown: the one named, else the path's when a path is given. */
export const shownPane = (s: ViewState): AnalysisPane | null => s.pane ?? (s.path ? "path" : null);
export const openPane = (pane: AnalysisPane | null) => (s: ViewState): ViewState => (s.pane === pane ? s : { ...s, pane });
export const showCommunity = (community: number | null) => (s: ViewState): ViewState => (s.community === community ? s : { ...s, community });
export const openReader = (reading: { source: string; quote: string } | null) => (s: ViewState): ViewState => ({ ...s, reading });
