// While the camera moves over a large graph, the last sharp picture (every surface,
// composed) is moved and scaled with it instead of being redrawn; the sharp redraw follows
// once the camera rests.
import type { Camera } from "./camera";

export interface MotionCache {
  /** keeps the surfaces' current pixels, composed bottom to top, as the picture taken at this camera */
  capture(sources: readonly HTMLCanvasElement[], camera: Camera): void;
  /** draws the kept picture as seen from `camera`; false when there is none */
  drawMoved(ctx: CanvasRenderingContext2D, camera: Camera, dpr: number, background: string): boolean;
  drop(): void;
}

export function createMotionCache(): MotionCache {
  const copy = document.createElement("canvas");
  const copyCtx = copy.getContext("2d", { alpha: false });
  let taken: Camera | null = null;
  return {
    capture(sources, camera) {
      const base = sources[0];
      if (!copyCtx || !base) return;
      if (copy.width !== base.width || copy.height !== base.height) {
        copy.width = base.width;
        copy.height = base.height;
      }
      copyCtx.setTransform(1, 0, 0, 1, 0, 0);
      for (const source of sources) copyCtx.drawImage(source, 0, 0);
      taken = camera;
    },
    drawMoved(ctx, camera, dpr, background) {
      if (!taken) return false;
      const s = camera.k / taken.k;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.setTransform(s, 0, 0, s, (camera.x - taken.x * s) * dpr, (camera.y - taken.y * s) * dpr);
      ctx.drawImage(copy, 0, 0);
      return true;
    },
    drop() {
      taken = null;
    },
  };
}
