// The analyses of the graph shown, run in the analysis worker when something needs them:
// the measures (for sizes, ranks, table columns, the panes), the communities (for colours,
// summaries, the community filter) and the path of the URL. Each reports its progress.
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { Async } from "../analysis/client";
import type { CommunityResult } from "../analysis/communities";
import type { MeasureResult } from "../analysis/measures";
import { EXACT_UP_TO } from "../analysis/measureIds";
import type { PathResult } from "../analysis/paths";
import type { GraphModel } from "../model/graphModel";
import type { ViewState } from "../state/viewState";
import { createAnalysisSession, type AnalysisSession } from "./analysisSession";

export interface AnalysisData {
  measures: Async<MeasureResult>;
  communities: Async<CommunityResult>;
  /** the path of the URL, with its ends as indices (-1: no such node) */
  path: Async<PathResult> & { from: number; to: number };
}

const noSession = () => () => {};
const IDLE: Async<never> = { status: "idle", share: 0, result: null };
function useJobState<T>(session: AnalysisSession | null, kind: "measures" | "communities" | "path"): Async<T> {
  return useSyncExternalStore(session?.subscribe ?? noSession, () => (session?.get(kind) ?? IDLE) as Async<T>);
}

export function useAnalysis(model: GraphModel | null, view: ViewState): AnalysisData {
  const session = useMemo(() => (model ? createAnalysisSession(model) : null), [model]);
  useEffect(() => () => session?.kill(), [session]);

  // small graphs get their measures at once (for the exports too); large ones when something shows them
  const needMeasures = (model !== null && model.nodes.length <= EXACT_UP_TO) || (view.pane !== null && view.pane !== "path") || view.size !== null || view.view === "table" || view.selected !== null;
  const needCommunities = view.color === "community" || view.pane === "communities" || view.community !== null;
  const from = view.path && model ? (model.indexOf.get(view.path.from) ?? -1) : -1;
  const to = view.path && model ? (model.indexOf.get(view.path.to) ?? -1) : -1;
  const { all, skip } = view.pathOptions;
  const resolution = view.resolution;
  const pathKey = from >= 0 && to >= 0 ? JSON.stringify([from, to, all, skip]) : null;
  useEffect(() => {
    session?.request("measures", needMeasures ? "measures" : null, (c, p) => c.run({ kind: "measures" }, p));
  }, [session, needMeasures]);
  useEffect(() => {
    session?.request("communities", needCommunities ? String(resolution) : null, (c) => c.run({ kind: "communities", resolution }));
  }, [session, needCommunities, resolution]);
  useEffect(() => {
    session?.request("path", pathKey, (c) => c.run({ kind: "path", from, to, all, skip }));
    // the key describes the job
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, pathKey]);

  const measures = useJobState<MeasureResult>(session, "measures");
  const communities = useJobState<CommunityResult>(session, "communities");
  const path = useJobState<PathResult>(session, "path");
  return useMemo(() => ({ measures, communities, path: { ...path, from, to } }), [measures, communities, path, from, to]);
}
