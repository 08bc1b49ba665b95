// Draws the base map under the graph: the provinces filled and outlined quietly, Sichuan and
// Chongqing a shade stronger, their names written. On screen each province is a Path2D in
// graph units, built once and drawn through the camera's transform, so a camera move costs
// no projection; exports (the SVG stand-in has no Path2D) write the rings point by point.
import { screenX, screenY, type Camera } from "../camera";
import { LABEL_FONT } from "../labels";
import type { DrawTarget, Frame } from "../layers/types";
import type { PixelTarget } from "../rasterize";
import type { MapProvince } from "../types";
import { mapColors, type MapColors } from "../../style/mapColors";


const paths = new WeakMap<MapProvince, Path2D>();

function pathOf(province: MapProvince): Path2D {
  let path = paths.get(province);
  if (!path) {
    path = new Path2D();
    for (const ring of province.rings) {
      for (let i = 0; i < ring.length; i += 2) (i ? path.lineTo : path.moveTo).call(path, ring[i]!, ring[i + 1]!);
      path.closePath();
    }
    paths.set(province, path);
  }
  return path;
}

function traceRings(ctx: CanvasRenderingContext2D, province: MapProvince, cam: Camera): void {
  ctx.beginPath();
  for (const ring of province.rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = screenX(cam, ring[i]!), y = screenY(cam, ring[i + 1]!);
      if (i) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
    }
    ctx.closePath();
  }
}

const canUsePath2D = (ctx: CanvasRenderingContext2D) =>
  typeof Path2D === "function" && typeof CanvasRenderingContext2D === "function" && ctx instanceof CanvasRenderingContext2D;

function drawShapes(ctx: CanvasRenderingContext2D, provinces: readonly MapProvince[], frame: Frame, colors: MapColors): void {
  const cam = frame.camera;
  const cached = canUsePath2D(ctx);
  // neighbours first, so the shared borders of the two provinces are drawn on top
  const ordered = [...provinces.filter((p) => !p.home), ...provinces.filter((p) => p.home)];
  for (const province of ordered) {
    ctx.fillStyle = province.home ? colors.home : colors.land;
    ctx.strokeStyle = province.home ? colors.homeBorder : colors.border;
    ctx.lineWidth = province.home ? 1.6 : 1;
    if (cached) {
      ctx.save();
      ctx.transform(cam.k, 0, 0, cam.k, cam.x, cam.y);
      ctx.lineWidth /= cam.k;
      ctx.fill(pathOf(province), "evenodd");
      ctx.stroke(pathOf(province));
      ctx.restore();
    } else {
      traceRings(ctx, province, cam);
      ctx.fill();
      ctx.stroke();
    }
  }
}

function drawNames(ctx: CanvasRenderingContext2D, provinces: readonly MapProvince[], frame: Frame, colors: MapColors, lang: "zh" | "en"): void {
  ctx.globalAlpha = 1;
  ctx.textBaseline = "middle";
  ctx.fillStyle = colors.label;
  // the names shrink with the map when zoomed out (a small iframe), within bounds
  const scale = Math.min(1, Math.max(0.5, Math.sqrt(frame.camera.k)));
  for (const { label, home } of provinces) {
    if (!label) continue;
    const text = lang === "zh" ? label.zh : label.en;
    ctx.font = `${home ? 700 : 500} ${Math.round((home ? 26 : 16) * scale)}px ${LABEL_FONT}`;
    // centred by measuring: the SVG stand-in knows no textAlign
    const x = screenX(frame.camera, label.x) - ctx.measureText(text).width / 2;
    ctx.fillText(text, x, screenY(frame.camera, label.y));
  }
}

function drawOnContext(ctx: CanvasRenderingContext2D, frame: Frame, provinces: readonly MapProvince[] | null, lang: "zh" | "en"): void {
  ctx.globalAlpha = 1;
  ctx.fillStyle = frame.theme.background;
  ctx.fillRect(0, 0, frame.width, frame.height);
  if (!provinces) return;
  const colors = mapColors(frame.themeName);
  ctx.lineJoin = "round";
  ctx.setLineDash([]);
  drawShapes(ctx, provinces, frame, colors);
  drawNames(ctx, provinces, frame, colors, lang);
}

let scratch: HTMLCanvasElement | null = null;

/** raster mode: drawn on a scratch canvas, whose pixels are copied into the buffer */
function drawIntoPixels(target: PixelTarget, frame: Frame, provinces: readonly MapProvince[] | null, lang: "zh" | "en"): void {
  scratch ??= document.createElement("canvas");
  if (scratch.width !== target.width || scratch.height !== target.height) {
    scratch.width = target.width;
    scratch.height = target.height;
  }
  const ctx = scratch.getContext("2d", { willReadFrequently: true })!;
  ctx.setTransform(frame.dpr, 0, 0, frame.dpr, 0, 0);
  drawOnContext(ctx, frame, provinces, lang);
  target.data.set(new Uint32Array(ctx.getImageData(0, 0, target.width, target.height).data.buffer));
}

/** The background with the base map (none while it loads, or where no node has coordinates). */
export function drawBaseMap({ ctx, pixels }: DrawTarget, frame: Frame, provinces: readonly MapProvince[] | null, lang: "zh" | "en"): void {
  if (pixels) drawIntoPixels(pixels.target, frame, provinces, lang);
  else drawOnContext(ctx, frame, provinces, lang);
}
