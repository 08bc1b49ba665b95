// Input apart from drawing: hover, click and double-click, dragging a node, and the keys
// of the picture. Wheel, background drag and pinch belong to the camera (d3-zoom); a press
// on a node is d3-drag's, which moves that node. Everything becomes a renderer event.
import { drag, type D3DragEvent } from "d3-drag";
import { select } from "d3-selection";
import type { Emitter } from "../lib/emitter";
import { screenPoint, type ScreenPoint } from "./camera";
import type { CameraController } from "./cameraController";
import type { RendererEvent } from "./types";

export interface InputDeps {
  element: HTMLElement;
  camera: CameraController;
  emitter: Emitter<RendererEvent>;
  /** the node under a screen point, or -1 */
  nodeAt(p: ScreenPoint): number;
  /** the node's position in graph space */
  nodePosition(index: number): { x: number; y: number } | null;
  moveNode(index: number, x: number, y: number): void;
  fit(): void;
  stepSelection(direction: 1 | -1): void;
  /** the user took the camera: fitting on layout ticks stops */
  takeCamera(): void;
}

export interface Input {
  dragging(): number;
  kill(): void;
}

type DragSubject = { index: number; x: number; y: number };
type DragEvent = D3DragEvent<HTMLElement, unknown, DragSubject>;

export function bindInput(deps: InputDeps): Input {
  const { element, camera, emitter } = deps;
  let hovered = -1;
  let dragging = -1;
  const local = (e: MouseEvent): ScreenPoint => {
    const box = element.getBoundingClientRect();
    return screenPoint(e.clientX - box.left, e.clientY - box.top);
  };

  const dragBehaviour = drag<HTMLElement, unknown, DragSubject>()
    .container(element)
    .clickDistance(4)
    .subject((event: DragEvent) => {
      const i = deps.nodeAt(screenPoint(event.x, event.y));
      const p = i >= 0 ? deps.nodePosition(i) : null;
      if (!p) return null as unknown as DragSubject;
      const s = camera.toScreen(p.x, p.y);
      return { index: i, x: s.x, y: s.y };
    })
    .on("start", (event: DragEvent) => {
      dragging = event.subject.index;
      deps.takeCamera(); // the view holds still under a hand that moves things
      element.classList.add("is-dragging");
    })
    .on("drag", (event: DragEvent) => {
      const g = camera.toGraph(screenPoint(event.x, event.y));
      deps.moveNode(event.subject.index, g.x, g.y);
      emitter.emit({ type: "dragNode", index: event.subject.index, x: g.x, y: g.y });
    })
    .on("end", (event: DragEvent) => {
      const i = event.subject.index;
      dragging = -1;
      element.classList.remove("is-dragging");
      const p = deps.nodePosition(i);
      if (p) emitter.emit({ type: "dragNodeEnd", index: i, x: p.x, y: p.y });
    });
  const selection = select(element);
  selection.call(dragBehaviour);

  const hover = (i: number) => {
    hovered = i;
    element.style.cursor = i >= 0 ? "pointer" : "";
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging >= 0 || (e.buttons && e.pointerType === "mouse")) return;
    const pt = local(e);
    const i = deps.nodeAt(pt);
    if (i !== hovered) {
      hover(i);
      emitter.emit(i >= 0 ? { type: "enterNode", index: i, x: pt.x, y: pt.y } : { type: "leaveNode" });
    } else if (i >= 0) emitter.emit({ type: "moveNode", index: i, x: pt.x, y: pt.y });
  };
  const onPointerLeave = () => {
    if (hovered < 0) return;
    hover(-1);
    emitter.emit({ type: "leaveNode" });
  };
  const onClick = (e: MouseEvent) => {
    const i = deps.nodeAt(local(e));
    emitter.emit(i >= 0 ? { type: "clickNode", index: i } : { type: "clickStage" });
  };
  const onDblClick = (e: MouseEvent) => {
    const pt = local(e);
    const i = deps.nodeAt(pt);
    if (i >= 0) emitter.emit({ type: "dblclickNode", index: i });
    else camera.zoomBy(1.6, pt);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = keyAction(e.key, e.shiftKey ? 160 : 60);
    if (!action) return;
    e.preventDefault();
    if (action.movesCamera) deps.takeCamera();
    action.run();
  };
  function keyAction(key: string, step: number): { run(): void; movesCamera: boolean } | null {
    const move = (run: () => void) => ({ run, movesCamera: true });
    const other = (run: () => void) => ({ run, movesCamera: false });
    switch (key) {
      case "ArrowLeft": return move(() => camera.panBy(step, 0));
      case "ArrowRight": return move(() => camera.panBy(-step, 0));
      case "ArrowUp": return move(() => camera.panBy(0, step));
      case "ArrowDown": return move(() => camera.panBy(0, -step));
      case "+": case "=": return move(() => camera.zoomBy(1.25));
      case "-": case "_": return move(() => camera.zoomBy(0.8));
      case "0": return move(deps.fit);
      case "]": return other(() => deps.stepSelection(1));
      case "[": return other(() => deps.stepSelection(-1));
      case "Escape": return other(() => emitter.emit({ type: "keySelect", index: -1 }));
      default: return null;
    }
  }
  const listeners = [
    ["pointermove", onPointerMove],
    ["pointerleave", onPointerLeave],
    ["click", onClick],
    ["dblclick", onDblClick],
    ["keydown", onKeyDown],
  ] as const;
  for (const [type, fn] of listeners) element.addEventListener(type, fn as EventListener);

  return {
    dragging: () => dragging,
    kill() {
      selection.on(".drag", null);
      for (const [type, fn] of listeners) element.removeEventListener(type, fn as EventListener);
    },
  };
}
