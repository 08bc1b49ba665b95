// One renderer and one layout per model, created in an effect and killed on cleanup: the
// layout's positions go to the renderer, the renderer's events become selection, hover,
// pinning and the readiness signals.
import { useEffect, useRef, useState, type RefObject } from "react";
import type { GraphModel } from "../../model/graphModel";
import { createRenderer, type Renderer } from "../../render/createRenderer";
import { citySides, savedPositions } from "../../render/fromModel";
import type { RenderGraph } from "../../render/types";
import { createLayoutClient, type LayoutClient } from "../../layout/client";
import { startingPositions } from "../../layout/startingPositions";
import type { GraphViewApi, GraphViewProps } from "./GraphView";

export interface Hover {
  index: number;
  x: number;
  y: number;
}

const prefersReducedMotion = () =>
  typeof window !== "undefined" && Boolean(window.matchMedia?.("(prefers-reduced-motion: reduce)").matches);

export function useRendererAndLayout(hostRef: RefObject<HTMLDivElement | null>, model: GraphModel, renderGraph: RenderGraph, props: GraphViewProps) {
  const rendererRef = useRef<Renderer | null>(null);
  const layoutRef = useRef<LayoutClient | null>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const [hover, setHover] = useState<Hover | null>(null);
  const [progress, setProgress] = useState<number | null>(0);

  useEffect(() => {
    const reducedMotion = prefersReducedMotion();
    const renderer = createRenderer(hostRef.current!, { reducedMotion, ariaLabel: callbacks.current.lang === "zh" ? "网络图" : "Network" });
    rendererRef.current = renderer;
    renderer.setGraph(renderGraph);
    // the layout can come to rest before the first frame (a file with every position):
    // the settled signal then waits for that frame
    const signals = readinessSignals(callbacks, () => renderer.canvas.clientWidth > 0 && renderer.canvas.clientHeight > 0);
    const offs = [...bindRendererEvents(renderer, model, callbacks, setHover, () => layoutRef.current), renderer.on("render", (e) => e.nodes > 0 && signals.drawn())];
    const layout = createLayoutClient({
      onPositions(positions, p) {
        renderer.setPositions(positions, true);
        setProgress(p);
      },
      onSettled(positions) {
        renderer.setPositions(positions, false);
        setProgress(null);
        signals.settled();
      },
      onError: () => setProgress(null),
    });
    layoutRef.current = layout;
    const saved = savedPositions(model);
    // the first frame need not wait for the layout worker: the nodes are drawn where the
    // layout starts them (a file that places every node, as it is), then follow its ticks
    const start = startingPositions(saved.positions);
    if (saved.complete || !reducedMotion) renderer.setPositions(start.slice(), !saved.complete);
    layout.start({
      nodeCount: model.nodes.length, edges: model.edgeEnds, initial: start, sides: citySides(model), radii: renderGraph.radii,
      arrangement: callbacks.current.arrangement, instant: reducedMotion, frozen: saved.complete,
    });
    callbacks.current.onReady?.(apiOf(renderer, model));
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
  }, [hostRef, model, renderGraph]);

  return { rendererRef, layoutRef, hover, progress, setProgress };
}

function bindRendererEvents(
  renderer: Renderer,
  model: GraphModel,
  callbacks: RefObject<GraphViewProps>,
  setHover: (hover: Hover | null) => void,
  layout: () => LayoutClient | null,
): (() => void)[] {
  const idOf = (index: number) => (index >= 0 ? model.nodes[index]!.id : null);
  return [
    renderer.on("clickNode", (e) => callbacks.current.onSelect(idOf(e.index))),
    renderer.on("keySelect", (e) => callbacks.current.onSelect(idOf(e.index))),
    renderer.on("clickStage", () => callbacks.current.onSelect(null)),
    renderer.on("enterNode", (e) => setHover({ index: e.index, x: e.x, y: e.y })),
    renderer.on("moveNode", (e) => setHover({ index: e.index, x: e.x, y: e.y })),
    renderer.on("leaveNode", () => setHover(null)),
    renderer.on("dragNode", (e) => layout()?.pin(e.index, e.x, e.y)),
    renderer.on("dblclickNode", (e) => layout()?.release(e.index)),
  ];
}

/**
 * graph:first-render once a frame shows the nodes, then graph:layout-settled once the layout
 * rests, in that order; a picture that cannot be drawn (hidden behind the table) does not hold
 * the settled signal back.
 */
function readinessSignals(callbacks: RefObject<GraphViewProps>, canDraw: () => boolean) {
  let drawn = false, settled = false, told = false;
  const tellSettled = () => {
    if ((drawn || !canDraw()) && settled && !told) {
      told = true;
      callbacks.current.onLayoutSettled?.();
    }
  };
  return {
    drawn() {
      if (drawn) return;
      drawn = true;
      callbacks.current.onFirstRender?.();
      tellSettled();
    },
    settled() {
      settled = true;
      tellSettled();
    },
  };
}

function apiOf(renderer: Renderer, model: GraphModel): GraphViewApi {
  return {
    positions: () => Array.from(renderer.positions() ?? []),
    exportImage: renderer.exportImage,
    viewCentre: renderer.viewCentre,
    show: renderer.show,
    frameNodes(ids: readonly string[], animate = true) {
      const indices = ids.map((id) => model.indexOf.get(id)).filter((i): i is number => i !== undefined);
      if (indices.length) renderer.fit(animate, indices);
    },
    screenPosition(id: string) {
      const i = model.indexOf.get(id);
      const p = i === undefined ? null : renderer.screenPositionOf(i, true);
      if (!p) return null;
      const box = renderer.canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
}
