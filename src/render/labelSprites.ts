// Labels drawn once, blitted ever after: each label (text, size, weight, theme) is
// rasterised with its halo into a shelf-packed atlas page the first time it is shown, and
// every later frame copies those pixels instead of shaping and filling text, which costs
// far more in a software canvas. The atlas is per device-pixel ratio; when its pages are
// full it starts again.
import { LABEL_FONT } from "./labels";

interface LabelSprite {
  page: CanvasImageSource;
  /** the sprite's rectangle on its page, in device pixels */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** the text's width in CSS pixels */
  textWidth: number;
}

export interface LabelAtlas {
  readonly dpr: number;
  /** the label's sprite, rasterised now if need be; null when it is missing and `create` is false */
  sprite(text: string, size: number, bold: boolean, colors: { fill: string; halo: string; key: string }, create?: boolean): LabelSprite | null;
  /** how many labels have been rasterised since the atlas (re)started */
  readonly rasterised: number;
}

/** room around the text for the halo, in CSS pixels */
export const SPRITE_PAD = 3;
const PAGE = 1024;
const MAX_PAGES = 6;

type Surface = { canvas: CanvasImageSource; ctx: CanvasRenderingContext2D };
export type SurfaceFactory = (width: number, height: number) => Surface;

const canvasSurface: SurfaceFactory = (width, height) => {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  return { canvas, ctx: canvas.getContext("2d")! };
};

export function spriteHeight(size: number): number {
  return Math.ceil(size * 1.3) + 2 * SPRITE_PAD;
}

export function createLabelAtlas(dpr: number, createSurface: SurfaceFactory = canvasSurface): LabelAtlas {
  const sprites = new Map<string, LabelSprite>();
  let pages: Surface[] = [];
  let x = 0, y = 0, shelf = 0;
  let rasterised = 0;

  function reserve(w: number, h: number): Surface {
    if (x + w > PAGE) {
      x = 0;
      y += shelf;
      shelf = 0;
    }
    if (!pages.length || y + h > PAGE) {
      if (pages.length >= MAX_PAGES) {
        pages = [];
        sprites.clear();
      }
      pages.push(createSurface(PAGE, PAGE));
      x = 0;
      y = 0;
      shelf = 0;
    }
    shelf = Math.max(shelf, h);
    return pages[pages.length - 1]!;
  }

  function draw(text: string, size: number, bold: boolean, colors: { fill: string; halo: string }): LabelSprite {
    const font = `${bold ? 600 : 400} ${size}px ${LABEL_FONT}`;
    const measure = (pages[0] ?? reserve(0, 0)).ctx;
    measure.font = font;
    const textWidth = measure.measureText(text).width;
    const sw = Math.min(PAGE, Math.ceil((textWidth + 2 * SPRITE_PAD) * dpr));
    const sh = Math.ceil(spriteHeight(size) * dpr);
    const page = reserve(sw, sh);
    const sprite = { page: page.canvas, sx: x, sy: y, sw, sh, textWidth };
    const ctx = page.ctx;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, sw, sh);
    ctx.clip();
    ctx.setTransform(dpr, 0, 0, dpr, x, y);
    ctx.font = font;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = colors.halo;
    ctx.strokeText(text, SPRITE_PAD, sh / dpr / 2);
    ctx.fillStyle = colors.fill;
    ctx.fillText(text, SPRITE_PAD, sh / dpr / 2);
    ctx.restore();
    x += sw + 1;
    rasterised++;
    return sprite;
  }

  return {
    dpr,
    sprite(text, size, bold, colors, create = true) {
      const key = `${colors.key}|${size}|${bold ? 1 : 0}|${text}`;
      let sprite = sprites.get(key) ?? null;
      if (!sprite && create) sprites.set(key, (sprite = draw(text, size, bold, colors)));
      return sprite;
    },
    get rasterised() {
      return rasterised;
    },
  };
}
