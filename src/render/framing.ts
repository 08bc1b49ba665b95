// What the camera frames, and when: the whole shown graph (or a target the view asked for:
// a set of nodes, a point and zoom) until the user takes the camera (a gesture, a key, a
// dragged node), a node brought to the centre, room kept for the overlays on the picture.
import { centreOn, graphPoint, screenPoint, type Padding, type ViewCentre } from "./camera";
import type { CameraController } from "./cameraController";
import { fitView } from "./fitView";
import type { RenderGraph } from "./types";

export interface FramingSource {
  camera: CameraController;
  graph(): RenderGraph | null;
  positions(): Float32Array | null;
  hidden(): Uint8Array | null;
  size(): { width: number; height: number };
}

/** What a view (a story step) asks the camera to show: these nodes (none: the whole shown graph), or a centre in graph space at a zoom. */
export type CameraTarget = { nodes: readonly number[] } | { x: number; y: number; zoom: number };

export interface Framing {
  /** frame the target and keep framing it when the picture is resized, until the user takes the camera */
  show(target: CameraTarget, animate: boolean): void;
  /** frame the shown graph (or these nodes); the camera counts as the user's when nodes are given */
  fit(animate: boolean, indices?: readonly number[]): void;
  /** frame again unless the user has taken the camera */
  refit(): void;
  centreOn(index: number, animate: boolean): void;
  /** the graph point at the centre of the view, and the zoom */
  viewCentre(): ViewCentre;
  setInsets(insets: Partial<Padding>): void;
  /** the user moved the camera (true) or a new graph came (false) */
  takenByUser(taken: boolean): void;
  userHasCamera(): boolean;
}

export function createFraming(source: FramingSource): Framing {
  let insets: Padding = { left: 0, right: 0, top: 0, bottom: 0 };
  let taken = false;
  let target: CameraTarget | null = null;
  const showNow = (animate: boolean) => {
    if (!target) return fitNow(animate);
    if ("nodes" in target) return fitNow(animate, target.nodes);
    const { width, height } = source.size();
    if (width > 0) source.camera.set(centreOn(graphPoint(target.x, target.y), width, height, target.zoom), animate);
  };
  const fitNow = (animate: boolean, indices?: readonly number[]) => {
    const graph = source.graph(), positions = source.positions();
    if (!graph || !positions) return;
    const next = fitView({ positions, radii: graph.radii, hidden: source.hidden(), indices, ...source.size(), insets });
    if (next) source.camera.set(next, animate);
  };
  return {
    show(next, animate) {
      target = next;
      taken = false;
      showNow(animate);
    },
    fit(animate, indices) {
      taken = indices !== undefined;
      target = null;
      fitNow(animate, indices);
    },
    refit() {
      if (!taken) showNow(false);
    },
    centreOn(i, animate) {
      const graph = source.graph(), positions = source.positions();
      if (!graph || !positions || i < 0 || i >= graph.nodeCount) return;
      taken = true;
      const { width, height } = source.size();
      const k = Math.max(source.camera.get().k, Math.min(2, 14 / Math.max(1, graph.radii[i]!)));
      source.camera.set(centreOn(graphPoint(positions[i * 2]!, positions[i * 2 + 1]!), width, height, k), animate);
    },
    viewCentre() {
      const { width, height } = source.size();
      const centre = source.camera.toGraph(screenPoint(width / 2, height / 2));
      return { x: centre.x, y: centre.y, zoom: source.camera.get().k };
    },
    setInsets(next) {
      insets = { ...insets, ...next };
      if (!taken) showNow(false);
    },
    takenByUser(value) {
      taken = value;
    },
    userHasCamera: () => taken,
  };
}
