// The analysis as the app's parts use it: the job results, what they make of the picture
// (sizes, community colours, the path's emphasis, the community filter), the actions of the
// panes on the view state, and the source reader's links.
import { useEffect, useMemo } from "react";
import type { Visibility } from "../analysis/visibility";
import { isMeasureId } from "../analysis/measureIds";
import { pathEmphasis } from "../analysis/pathHops";
import { keepCommunity } from "../analysis/communityFilter";
import type { GraphModel } from "../model/graphModel";
import type { Evidence } from "../model/schema";
import type { Store } from "../state/store";
import * as analysisState from "../state/analysisState";
import { encodeViewState } from "../state/urlCodec";
import { selectNode, type ViewState } from "../state/viewState";
import { useAnalysis } from "./useAnalysis";

export type AnalysisView = ReturnType<typeof useAnalysisView>;

function useAnalysisView(store: Store<ViewState>, model: GraphModel | null, view: ViewState, visibility: Visibility | null) {
  const results = useAnalysis(model, view);
  const { measures, communities, path } = results;
  const sizeValues = isMeasureId(view.size) ? (measures.result?.values[view.size] ?? null) : null;
  const communityOf = view.color === "community" ? (communities.result?.of ?? null) : null;
  const emphasis = useMemo(
    () => (model && view.path && path.result?.paths.length ? pathEmphasis(model, path.result.paths, view.pathOptions.skip) : null),
    [model, view.path, path.result, view.pathOptions.skip],
  );
  const shown = useMemo(
    () => (model && visibility && view.community !== null && communities.result ? keepCommunity(model, visibility, communities.result.of, view.community - 1) : visibility),
    [model, visibility, view.community, communities.result],
  );
  const actions = useMemo(() => {
    const update = store.update;
    return {
      // closing the pane also clears the path it lists
      openPane: (pane: analysisState.AnalysisPane | null) => update((s) => analysisState.openPane(pane)(pane ? s : analysisState.setPath(null)(s))),
      setSize: (size: string | null) => update(analysisState.setSizeBy(size)),
      setColor: (color: analysisState.ColorBy) => update(analysisState.setColorBy(color)),
      setResolution: (r: number) => update(analysisState.setResolution(r)),
      setPath: (p: { from: string; to: string } | null) => update(analysisState.setPath(p)),
      setPathOptions: (o: analysisState.PathOptions) => update(analysisState.setPathOptions(o)),
      showCommunity: (c: number | null) => update(analysisState.showCommunity(c)),
      select: (id: string) => update(selectNode(id)),
      exportStats: (csv: string) => downloadText(csv, "statistics.csv"),
      pathFrom: (id: string) => update((s) => analysisState.openPane("path")(analysisState.setPath(s.path?.from === id ? s.path : null)(s))),
    };
  }, [store]);
  const reader = useMemo(
    () => ({
      href: (ev: Evidence) => `?${encodeViewState(analysisState.openReader({ source: ev.source, quote: ev.quote })(store.get()), new URLSearchParams(window.location.search)).toString()}`,
      open: (ev: Evidence) => store.update(analysisState.openReader({ source: ev.source, quote: ev.quote })),
    }),
    [store],
  );
  const exportedMeasures = useMemo(() => {
    const values = measures.result?.values;
    const community = communities.result?.of;
    if (!values && !community) return null;
    return { ...values, ...(values ? { component: values.component.map((c) => c + 1) } : {}), ...(community ? { community: community.map((c) => c + 1) } : {}) };
  }, [measures.result, communities.result]);
  return useMemo(
    () => ({ results, sizeValues, communityOf, emphasis, visibility: shown, actions, reader, exportedMeasures }),
    [results, sizeValues, communityOf, emphasis, shown, actions, reader, exportedMeasures],
  );
}

function downloadText(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: "text/csv;charset=utf-8" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Runs the analyses and hands what they make of the view up to the app; it draws nothing. It loads lazily, after the first picture. */
export function AnalysisController(props: { store: Store<ViewState>; model: GraphModel | null; view: ViewState; visibility: Visibility | null; onChange(view: AnalysisView): void }) {
  const out = useAnalysisView(props.store, props.model, props.view, props.visibility);
  const { onChange } = props;
  useEffect(() => onChange(out), [onChange, out]);
  return null;
}
