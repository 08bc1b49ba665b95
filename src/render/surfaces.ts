// The stacked canvases the layers draw on, sized to the container at the device's pixel
// ratio. The graph surface is opaque and takes the input; the ones above it are
// transparent and let the pointer through.
import type { DrawTarget, RasterBuffer, SurfaceId } from "./layers/types";
import { SURFACE_IDS } from "./layers/types";

interface Surface {
  id: SurfaceId;
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** a target for one redraw: cleared (transparent surfaces), with a pixel buffer when asked */
  begin(dpr: number, raster: boolean): DrawTarget;
}

export interface Surfaces {
  input: HTMLCanvasElement;
  get(id: SurfaceId): Surface;
  resize(width: number, height: number, dpr: number): void;
  /** shows or hides the transparent surfaces above the graph (hidden while a moved picture holds them) */
  showUpper(visible: boolean): void;
  remove(): void;
}

/** A pixel buffer as large as the context's canvas (reusing `cached` when it fits), put back onto that context. */
export function pixelBuffer(ctx: CanvasRenderingContext2D, cached?: ImageData): RasterBuffer & { image: ImageData } {
  const { width, height } = ctx.canvas;
  const image = cached && cached.width === width && cached.height === height ? cached : ctx.createImageData(width, height);
  return {
    image,
    target: { data: new Uint32Array(image.data.buffer), width: image.width, height: image.height },
    put: () => ctx.putImageData(image, 0, 0),
  };
}

function createSurface(id: SurfaceId, container: HTMLElement, ariaLabel: string): Surface {
  const canvas = document.createElement("canvas");
  const opaque = id === "graph";
  if (opaque) {
    canvas.className = "graph-canvas";
    canvas.tabIndex = 0;
    canvas.setAttribute("role", "application");
    canvas.setAttribute("aria-roledescription", "graph");
    canvas.setAttribute("aria-label", ariaLabel);
  } else {
    canvas.className = `graph-layer graph-layer--${id}`;
    canvas.setAttribute("aria-hidden", "true");
    Object.assign(canvas.style, { position: "absolute", left: "0", top: "0", pointerEvents: "none" });
  }
  container.appendChild(canvas);
  const ctx = canvas.getContext("2d", { alpha: !opaque })!;
  let image: ImageData | undefined;
  return {
    id,
    canvas,
    ctx,
    begin(dpr, raster) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      if (!opaque) ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      if (!raster) return { ctx, pixels: null };
      const pixels = pixelBuffer(ctx, image);
      image = pixels.image;
      return { ctx, pixels };
    },
  };
}

export function createSurfaces(container: HTMLElement, ariaLabel: string): Surfaces {
  const surfaces = new Map(SURFACE_IDS.map((id) => [id, createSurface(id, container, ariaLabel)]));
  return {
    input: surfaces.get("graph")!.canvas,
    get: (id) => surfaces.get(id)!,
    resize(width, height, dpr) {
      for (const { canvas } of surfaces.values()) {
        canvas.width = Math.max(1, Math.round(width * dpr));
        canvas.height = Math.max(1, Math.round(height * dpr));
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
    },
    showUpper(visible) {
      for (const { id, canvas } of surfaces.values()) if (id !== "graph") canvas.style.visibility = visible ? "" : "hidden";
    },
    remove() {
      for (const { canvas } of surfaces.values()) canvas.remove();
    },
  };
}
