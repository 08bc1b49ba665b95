// The network picture: owns one renderer and one layout client (created in an effect,
// killed on cleanup), feeds them the model and the display state, and turns their events
// into selection, hover and the contract's readiness signals.
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeName, nodeTypeLabel } from "../../model/labels";
import { createRenderer, type Renderer } from "../../render/createRenderer";
import { citySides, createRenderGraph, neighbourhoodFocus, savedPositions } from "../../render/fromModel";
import { createLayoutClient, type LayoutClient } from "../../layout/client";
import type { ArrangementName, ThemeName } from "../../state/viewState";
import { GraphControls } from "./GraphControls";

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
  /** width of the overlay at the left of the picture (the legend), kept clear when fitting */
  insetLeft?: number;
  onSelect(id: string | null): void;
  onArrangement(arrangement: ArrangementName): void;
  onFirstRender?(): void;
  onLayoutSettled?(): void;
  onReady?(api: GraphViewApi | null): void;
}

const prefersReducedMotion = () =>
  typeof window !== "undefined" && Boolean(window.matchMedia?.("(prefers-reduced-motion: reduce)").matches);

interface Hover {
  index: number;
  x: number;
  y: number;
}

export function GraphView(props: GraphViewProps) {
  const { model, lang, theme, arrangement, selected, hiddenNodes, hiddenEdges } = props;
  const { t } = useTranslation();
  const hostRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<Renderer | null>(null);
  const layoutRef = useRef<LayoutClient | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const [hover, setHover] = useState<Hover | null>(null);
  const [progress, setProgress] = useState<number | null>(0);

  const renderGraph = useMemo(() => createRenderGraph(model), [model]);
  const labels = useMemo(() => model.nodes.map((n) => nodeName(n, lang)), [model, lang]);
  const selectedIndex = selected ? (model.indexOf.get(selected) ?? -1) : -1;
  const hoverIndex = hover?.index ?? -1;

  // one renderer and one layout per model
  useEffect(() => {
    const host = hostRef.current!;
    const reducedMotion = prefersReducedMotion();
    const renderer = createRenderer(host, { reducedMotion, ariaLabel: callbacks.current.lang === "zh" ? "网络图" : "Network" });
    rendererRef.current = renderer;
    renderer.setGraph(renderGraph);
    let firstDone = false;
    let settled = false;
    const offs = [
      renderer.on("render", (e) => {
        if (!firstDone && e.nodes > 0) {
          firstDone = true;
          callbacks.current.onFirstRender?.();
        }
      }),
      renderer.on("clickNode", (e) => callbacks.current.onSelect(model.nodes[e.index]!.id)),
      renderer.on("keySelect", (e) => callbacks.current.onSelect(e.index >= 0 ? model.nodes[e.index]!.id : null)),
      renderer.on("clickStage", () => callbacks.current.onSelect(null)),
      renderer.on("enterNode", (e) => setHover({ index: e.index, x: e.x, y: e.y })),
      renderer.on("moveNode", (e) => setHover({ index: e.index, x: e.x, y: e.y })),
      renderer.on("leaveNode", () => setHover(null)),
      renderer.on("dragNode", (e) => layoutRef.current?.pin(e.index, e.x, e.y)),
      renderer.on("dblclickNode", (e) => layoutRef.current?.release(e.index)),
    ];
    const layout = createLayoutClient({
      onPositions(positions, p) {
        renderer.setPositions(positions, true);
        setProgress(p);
      },
      onSettled(positions) {
        renderer.setPositions(positions, false);
        setProgress(null);
        if (!settled) {
          settled = true;
          callbacks.current.onLayoutSettled?.();
        }
      },
      onError: () => setProgress(null),
    });
    layoutRef.current = layout;
    const saved = savedPositions(model);
    layout.start({
      nodeCount: model.nodes.length,
      edges: model.edgeEnds,
      initial: saved.positions,
      sides: citySides(model),
      radii: renderGraph.radii,
      arrangement: callbacks.current.arrangement,
      instant: reducedMotion,
      frozen: saved.complete,
    });
    callbacks.current.onReady?.({
      positions: () => Array.from(renderer.positions() ?? []),
      exportImage: (options) => renderer.exportImage(options),
      screenPosition(id) {
        const i = model.indexOf.get(id);
        const p = i === undefined ? null : renderer.screenPositionOf(i, true);
        if (!p) return null;
        const box = renderer.canvas.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
    });
    return () => {
      offs.forEach((off) => off());
      layout.kill();
      renderer.kill();
      rendererRef.current = null;
      layoutRef.current = null;
      callbacks.current.onReady?.(null);
      setHover(null);
      setProgress(0);
    };
  }, [model, renderGraph]);

  // the arrangement changes forces, not the model: the layout moves from where it is
  const firstArrangement = useRef(true);
  useEffect(() => {
    if (firstArrangement.current) {
      firstArrangement.current = false;
      return;
    }
    layoutRef.current?.arrange(arrangement);
    setProgress(0);
  }, [arrangement]);

  useEffect(() => {
    const focusIndex = hoverIndex >= 0 ? hoverIndex : selectedIndex;
    rendererRef.current?.setDisplay({
      theme,
      labels,
      selected: selectedIndex,
      hovered: hoverIndex,
      focus: neighbourhoodFocus(model, focusIndex),
      hidden: hiddenNodes,
      hiddenEdges,
    });
  }, [model, theme, labels, selectedIndex, hoverIndex, hiddenNodes, hiddenEdges]);

  useEffect(() => {
    // the zoom controls sit at the bottom right
    rendererRef.current?.setInsets({ left: props.insetLeft ?? 0, bottom: 56 });
  }, [props.insetLeft, model]);

  // when the filters change what is shown, the view frames what is left
  const lastHidden = useRef(hiddenNodes);
  useEffect(() => {
    if (lastHidden.current === hiddenNodes) return;
    lastHidden.current = hiddenNodes;
    rendererRef.current?.fit(true);
  }, [hiddenNodes]);

  // a selection made elsewhere (table, search, URL, parent page) brings the node into view
  useEffect(() => {
    if (selectedIndex >= 0) rendererRef.current?.centreOn(selectedIndex, true);
  }, [selectedIndex]);

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
      />
    </div>
  );
}
