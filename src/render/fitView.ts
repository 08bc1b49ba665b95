// The camera that frames what is shown: the given nodes, else every node not hidden, kept
// clear of the overlays on the picture (legend, controls) while they leave it most of the
// viewport, with room on the right for the labels of a small graph.
import { fitCamera, positionBounds, type Camera, type Padding } from "./camera";

export interface FitInput {
  positions: Float32Array;
  radii: Float32Array;
  hidden: Uint8Array | null;
  /** frame just these nodes */
  indices?: readonly number[];
  width: number;
  height: number;
  insets: Padding;
}

function pick(positions: Float32Array, radii: Float32Array, indices: readonly number[]) {
  const pts = new Float32Array(indices.length * 2);
  const r = new Float32Array(indices.length);
  indices.forEach((i, j) => {
    pts[j * 2] = positions[i * 2]!;
    pts[j * 2 + 1] = positions[i * 2 + 1]!;
    r[j] = radii[i]!;
  });
  return { pts, r };
}

export function fitView(input: FitInput): Camera | null {
  const { positions, radii, hidden, width, height, insets } = input;
  const nodeCount = radii.length;
  let indices = input.indices?.length ? input.indices : undefined;
  if (!indices && hidden) {
    const shown: number[] = [];
    for (let i = 0; i < nodeCount; i++) if (!hidden[i]) shown.push(i);
    if (shown.length && shown.length < nodeCount) indices = shown;
  }
  const chosen = indices ? pick(positions, radii, indices) : { pts: positions, r: radii };
  const bounds = positionBounds(chosen.pts, chosen.r);
  if (!bounds || width === 0) return null;
  const pad = Math.min(60, Math.max(16, Math.min(width, height) * 0.06));
  const labelRoom = nodeCount < 1000 ? Math.min(220, width * 0.18) : 0;
  const fits = (v: number, of: number) => (v < of * 0.4 ? v : 0);
  const room = {
    left: pad + fits(insets.left, width),
    right: pad + labelRoom + fits(insets.right, width),
    top: pad + fits(insets.top, height),
    bottom: pad + fits(insets.bottom, height),
  };
  return fitCamera(bounds, width, height, room, input.indices?.length === 1 ? 2.5 : 4);
}
