// The network picture: feeds the renderer the display state (theme, labels, selection,
// hover and its neighbourhood, filters), frames what the filters leave, and shows the
// tooltip and the controls.
import { useEffect, useMemo, useRef, type RefObject } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeName, nodeTypeLabel } from "../../model/labels";
import type { Renderer } from "../../render/createRenderer";
import type { CameraTarget } from "../../render/framing";
import { PROJECTOR_LABEL_SCALE, PROJECTOR_VEIL } from "../../render/labels";
import type { Emphasis, RenderGraph } from "../../render/types";
import { createRenderGraph, neighbourhoodFocus, radiiForValues, restyledRenderGraph } from "../../render/fromModel";
import { COMMUNITY_COLORS } from "../../style/palette";
import type { ArrangementName, ThemeName } from "../../state/viewState";
import { GraphControls } from "./GraphControls";
import { useMapView } from "./useMapView";
import { useRendererAndLayout } from "./useRendererAndLayout";

export interface GraphViewApi {
  /** x, y of every node in file order, interleaved */
  positions(): number[];
  /** where a node is drawn, in CSS pixels relative to the page; null if unknown */
  screenPosition(id: string): { x: number; y: number } | null;
  exportImage: Renderer["exportImage"];
  /** the view's centre in graph coordinates and its zoom */
  viewCentre: Renderer["viewCentre"];
  /** frames a set of node indices, or goes to a centre and zoom */
  show: Renderer["show"];
  /** frames these nodes (ids not in the graph are left out) */
  frameNodes(ids: readonly string[], animate?: boolean): void;
}

export interface GraphViewProps {
  model: GraphModel;
  lang: Lang;
  theme: ThemeName;
  arrangement: ArrangementName;
  selected: string | null;
  hiddenNodes: Uint8Array | null;
  hiddenEdges: Uint8Array | null;
  /** per edge: 1 drawn faint (undated relations while the timeline is on) */
  faintEdges?: Uint8Array | null;
  /** nodes and edges the view points at (a path, a story step), drawn over a veil */
  emphasis?: Emphasis | null;
  /** what the camera frames (a story step's nodes, or a centre and zoom); a new object moves the camera */
  cameraTarget?: CameraTarget | null;
  /** the projector theme: node labels at least 20 px */
  projector?: boolean;
  /** a measure per node that sizes the nodes instead of the number of links */
  sizeValues?: Float64Array | null;
  /** per node its community (0 the largest), to colour by instead of by type */
  communities?: Int32Array | null;
  /** width of the overlay at the left of the picture (the legend), kept clear when fitting */
  insetLeft?: number;
  /** height of an overlay at the foot of the picture (a story's caption), kept clear when fitting */
  insetBottom?: number;
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
  const faintEdges = props.faintEdges ?? null;
  const emphasis = props.emphasis ?? null;
  const cameraTarget = props.cameraTarget ?? null;
  const labelScale = props.projector ? PROJECTOR_LABEL_SCALE : 1;
  const { t } = useTranslation();
  const hostRef = useRef<HTMLDivElement>(null);
  const renderGraph = useMemo(() => createRenderGraph(model), [model]);
  const { rendererRef, layoutRef, hover, progress, setProgress } = useRendererAndLayout(hostRef, model, renderGraph, props);
  const { noPlaces } = useMapView(rendererRef, layoutRef, model, arrangement, lang);
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
      faintEdges,
      labelScale,
      // the projector dims what the step does not point at further: it reads from the back of a hall
      veil: props.projector ? PROJECTOR_VEIL : undefined,
    });
  }, [rendererRef, model, theme, labels, selectedIndex, hoverIndex, hiddenNodes, hiddenEdges, faintEdges, emphasis, labelScale, props.projector]);

  useEffect(() => {
    // the zoom controls sit at the bottom right
    rendererRef.current?.setInsets({ left: props.insetLeft ?? 0, bottom: Math.max(56, props.insetBottom ?? 0) });
  }, [rendererRef, props.insetLeft, props.insetBottom, model]);

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

  // a story step's camera comes after the framing of filters and selection above, and wins
  useEffect(() => {
    if (cameraTarget) rendererRef.current?.show(cameraTarget, true);
  }, [rendererRef, cameraTarget]);

  const emphasised = useMemo(() => (emphasis ? model.nodes.filter((_, i) => emphasis.nodes[i]).map((n) => n.id).join(" ") : undefined), [model, emphasis]);
  const hoverNode = hover ? model.nodes[hover.index] : undefined;
  return (
    <div className="graph-view" data-emphasis={emphasised}>
      <div ref={hostRef} className="graph-host" />
      {hoverNode && hover && (
        <div className="graph-tooltip" role="tooltip" style={{ transform: `translate(${Math.round(hover.x + 14)}px, ${Math.round(hover.y + 14)}px)` }}>
          <strong>{nodeName(hoverNode, lang)}</strong>
          <span>
            {nodeTypeLabel(hoverNode.type, lang)} · {t("graph.linkCount", { count: model.degree[hover.index] ?? 0 })}
          </span>
        </div>
      )}
      {noPlaces && (
        <p className="map-note" role="status">
          {t("map.noPlaces")}
        </p>
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
