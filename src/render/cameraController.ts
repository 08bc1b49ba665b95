// The camera, owned by d3-zoom: one zoom behaviour on the input element turns wheel, drag
// and pinch into a transform, and every programmatic move goes through the same behaviour,
// glided along d3's interpolateZoom path. The camera is "moving" from the first change of a
// gesture or glide until it has rested for settleMs.
import { select } from "d3-selection";
import { zoom, zoomIdentity } from "d3-zoom";
import { cameraPath, toGraph, toScreen, graphPoint, type Camera, type GraphPoint, type ScreenPoint } from "./camera";
import { browserClock, type FrameClock } from "./frameScheduler";

export interface CameraControllerOptions {
  element: HTMLElement;
  size(): { width: number; height: number };
  reducedMotion: boolean;
  /** ms without change before the camera counts as resting */
  settleMs: number;
  /** whether an input event may start a zoom gesture (a press on a node is a drag instead) */
  allowGesture(event: Event): boolean;
  onChange(camera: Camera, byUser: boolean): void;
  onRest(): void;
  clock?: FrameClock;
}

export interface CameraController {
  get(): Camera;
  moving(): boolean;
  set(next: Camera, animate?: boolean): void;
  zoomBy(factor: number, at?: ScreenPoint): void;
  panBy(dx: number, dy: number): void;
  toGraph(p: ScreenPoint): GraphPoint;
  toScreen(x: number, y: number): ScreenPoint;
  kill(): void;
}


export function createCameraController(options: CameraControllerOptions): CameraController {
  const clock = options.clock ?? browserClock;
  const selection = select(options.element);
  let camera: Camera = { x: 0, y: 0, k: 1 };
  let gesture = false;
  let glide = 0;
  let restTimer: ReturnType<typeof setTimeout> | undefined;

  const restLater = () => {
    clearTimeout(restTimer);
    restTimer = setTimeout(() => {
      gesture = false;
      if (!glide) options.onRest();
    }, options.settleMs);
  };
  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent([1e-3, 64])
    .clickDistance(4)
    .filter((event: Event) => {
      const e = event as MouseEvent;
      return options.allowGesture(event) && (!e.ctrlKey || e.type === "wheel") && !e.button;
    })
    .on("start", (e: { sourceEvent: unknown }) => {
      if (e.sourceEvent) gesture = true;
    })
    .on("zoom", (e: { transform: Camera; sourceEvent: unknown }) => {
      camera = { x: e.transform.x, y: e.transform.y, k: e.transform.k };
      const byUser = Boolean(e.sourceEvent);
      if (byUser) cancelGlide();
      options.onChange(camera, byUser);
      restLater();
    })
    .on("end", restLater);
  selection.call(behaviour).on("dblclick.zoom", null);

  const apply = (next: Camera) => selection.call(behaviour.transform, zoomIdentity.translate(next.x, next.y).scale(next.k));
  function cancelGlide() {
    if (glide) clock.cancel(glide);
    glide = 0;
  }
  function glideTo(next: Camera) {
    const { width, height } = options.size();
    const path = cameraPath(camera, next, width, height);
    const duration = Math.min(1200, Math.max(300, path.duration * 0.6));
    const start = performance.now();
    const step = () => {
      const t = Math.min(1, (performance.now() - start) / duration);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
      glide = t < 1 ? clock.request(step) : 0;
      apply(path.at(eased));
    };
    glide = clock.request(step);
  }

  return {
    get: () => camera,
    moving: () => gesture || glide !== 0,
    set(next, animate = false) {
      cancelGlide();
      if (animate && !options.reducedMotion) glideTo(next);
      else apply(next);
    },
    zoomBy(factor, at) {
      const { width, height } = options.size();
      selection.call(behaviour.scaleBy, factor, at ? [at.x, at.y] : [width / 2, height / 2]);
    },
    panBy(dx, dy) {
      selection.call(behaviour.translateBy, dx / camera.k, dy / camera.k);
    },
    toGraph: (p) => toGraph(camera, p),
    toScreen: (x, y) => toScreen(camera, graphPoint(x, y)),
    kill() {
      cancelGlide();
      clearTimeout(restTimer);
      selection.on(".zoom", null);
    },
  };
}
