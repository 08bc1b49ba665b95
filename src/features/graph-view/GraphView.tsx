// The network picture: feeds the renderer the display state (theme, labels, selection,
// hover and its neighbourhood, filters), frames what the filters leave, and shows the
// tooltip and the controls.
import { useEffect, useMemo, useRef, type RefObject } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeName, nodeTypeLabel } from "../../model/labels";
import type { Renderer } from "../../render/createRenderer";
import type { Emphasis, RenderGraph } from "../../render/types";
import { createRenderGraph, neighbourhoodFocus, radiiForValues, restyledRenderGraph } from "../../render/fromModel";
import { COMMUNITY_COLORS } from "../../style/palette";
import type { ArrangementName, ThemeName } from "../../state/viewState";
import { GraphControls } from "./GraphControls";
import { useRendererAndLayout } from "./useRendererAndLayout";

export interface GraphViewApi {
  /** x, y of every node in file order, interleaved */
  positions(): number[];
  /** where a node is drawn, in CSS pixels relative to the page; null if unknown */
  screenPosition(id: string): { x: number; y: number } | null;
  exportImage: Renderer["exportImage"];
}

export interface GraphViewProps {
  model: GraphModel;
  lang: Lang;
  theme: ThemeName;
  arrangement: ArrangementName;
  selected: string | null;
  hiddenNodes: Uint8Array | null;
  hiddenEdges: Uint8Array | null;
  /** nodes and edges the view points at (a path, a story step), drawn over a veil */
  emphasis?: Emphasis | null;
  /** a measure per node that sizes the nodes instead of the number of links */
  sizeValues?: Float64Array | null;
  /** per node its community (0 the largest), to colour by instead of by type */
  communities?: Int32Array | null;
  /** width of the overlay at the left of the picture (the legend), kept clear when fitting */
  insetLeft?: number;
  onSelect(id: string | null): void;
  onArrangement(arrangement: ArrangementName): void;
  onFirstRender?(): void;
  onLayoutSettled?(): void;
  onReady?(api: GraphViewApi | null): void;
}

/** Sizes by a measure and colours by community, on the renderer's graph as it is (positions stay). */
function useAppearance(rendererRef: RefObject<Renderer | null>, renderGraph: RenderGraph, sizeValues: Float64Array | null, communities: Int32Array | null) {
  const styled = useMemo(() => {
    if (!sizeValues && !communities) return renderGraph;
    const radii = sizeValues ? radiiForValues(sizeValues, renderGraph.nodeCount) : null;
    const last = COMMUNITY_COLORS.length - 1;
    const paint = communities ? { of: communities.map((c) => Math.min(c, last)), palette: COMMUNITY_COLORS } : null;
    return restyledRenderGraph(renderGraph, radii, paint);
  }, [renderGraph, sizeValues, communities]);
  useEffect(() => {
    rendererRef.current?.restyle(styled);
  }, [rendererRef, styled]);
}

export function GraphView(props: GraphViewProps) {
  const { model, lang, theme, arrangement, selected, hiddenNodes, hiddenEdges } = props;
  const emphasis = props.emphasis ?? null;
  const { t } = useTranslation();
  const hostRef = useRef<HTMLDivElement>(null);
  const renderGraph = useMemo(() => createRenderGraph(model), [model]);
  const { rendererRef, layoutRef, hover, progress, setProgress } = useRendererAndLayout(hostRef, model, renderGraph, props);
  const labels = useMemo(() => model.nodes.map((n) => nodeName(n, lang)), [model, lang]);
  useAppearance(rendererRef, renderGraph, props.sizeValues ?? null, props.communities ?? null);
  const selectedIndex = selected ? (model.indexOf.get(selected) ?? -1) : -1;
  const hoverIndex = hover?.index ?? -1;

  // the arrangement changes forces, not the model: the layout moves from where it is
  const firstArrangement = useRef(true);
  useEffect(() => {
    if (firstArrangement.current) {
      firstArrangement.current = false;
      return;
    }
    layoutRef.current?.arrange(arrangement);
    setProgress(0);
  }, [arrangement, layoutRef, setProgress]);

  useEffect(() => {
    const focusIndex = hoverIndex >= 0 ? hoverIndex : selectedIndex;
    rendererRef.current?.setDisplay({
      theme,
      labels,
      selected: selectedIndex,
      hovered: hoverIndex,
      focus: neighbourhoodFocus(model, focusIndex),
      emphasis,
      hidden: hiddenNodes,
      hiddenEdges,
    });
  }, [rendererRef, model, theme, labels, selectedIndex, hoverIndex, hiddenNodes, hiddenEdges, emphasis]);

  useEffect(() => {
    // the zoom controls sit at the bottom right
    rendererRef.current?.setInsets({ left: props.insetLeft ?? 0, bottom: 56 });
  }, [rendererRef, props.insetLeft, model]);

  // when the filters change what is shown, the view frames what is left
  const lastHidden = useRef(hiddenNodes);
  useEffect(() => {
    if (lastHidden.current === hiddenNodes) return;
    lastHidden.current = hiddenNodes;
    rendererRef.current?.fit(true);
  }, [rendererRef, hiddenNodes]);

  // a selection made elsewhere (table, search, URL, parent page) brings the node into view
  useEffect(() => {
    if (selectedIndex >= 0) rendererRef.current?.centreOn(selectedIndex, true);
  }, [rendererRef, selectedIndex]);

  const hoverNode = hover ? model.nodes[hover.index] : undefined;
  return (
    <div className="graph-view">
      <div ref={hostRef} className="graph-host" />
      {hoverNode && hover && (
        <div className="graph-tooltip" role="tooltip" style={{ transform: `translate(${Math.round(hover.x + 14)}px, ${Math.round(hover.y + 14)}px)` }}>
          <strong>{nodeName(hoverNode, lang)}</strong>
          <span>
            {nodeTypeLabel(hoverNode.type, lang)} · {t("graph.linkCount", { count: model.degree[hover.index] ?? 0 })}
          </span>
        </div>
      )}
      <GraphControls
        progress={progress}
        arrangement={arrangement}
        onArrangement={props.onArrangement}
        onZoomIn={() => rendererRef.current?.zoomBy(1.4)}
        onZoomOut={() => rendererRef.current?.zoomBy(1 / 1.4)}
        onFit={() => rendererRef.current?.fit(true)}
        onRelayout={() => {
          layoutRef.current?.relayout();
          setProgress(0);
        }}
      />
    </div>
  );
}
