// What the analysis panes are given: the results of the analysis jobs and the actions on
// the view state.
import type { Async } from "../../analysis/client";
import type { CommunityResult } from "../../analysis/communities";
import type { MeasureResult } from "../../analysis/measures";
import type { PathResult } from "../../analysis/paths";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import type { Evidence } from "../../model/schema";
import type { AnalysisPane, ColorBy, PathOptions } from "../../state/analysisState";
import type { ThemeName } from "../../state/viewState";

interface AnalysisResults {
  measures: Async<MeasureResult>;
  communities: Async<CommunityResult>;
  path: Async<PathResult> & { from: number; to: number };
}

interface AnalysisActions {
  openPane(pane: AnalysisPane | null): void;
  setSize(measure: string | null): void;
  setColor(color: ColorBy): void;
  setResolution(resolution: number): void;
  setPath(path: { from: string; to: string } | null): void;
  setPathOptions(options: PathOptions): void;
  showCommunity(community: number | null): void;
  select(id: string): void;
  exportStats(csv: string): void;
}

interface QuoteReaderProps {
  href(evidence: Evidence): string;
  open(evidence: Evidence): void;
}

export interface AnalysisPaneProps {
  model: GraphModel;
  lang: Lang;
  theme: ThemeName;
  pane: AnalysisPane;
  results: AnalysisResults;
  size: string | null;
  color: ColorBy;
  resolution: number;
  path: { from: string; to: string } | null;
  pathOptions: PathOptions;
  community: number | null;
  selected: string | null;
  actions: AnalysisActions;
  reader: QuoteReaderProps | null;
}
