// The ground the graph is drawn on: the theme's background, or in the map arrangement the
// base map, drawn by the map's own code (loaded with it).
import { packColor } from "../rasterize";
import type { Layer } from "./types";

export const backgroundLayer: Layer = {
  id: "background",
  surface: "graph",
  draw(target, frame) {
    if (frame.map) {
      frame.map.drawBase(target, frame);
      return {};
    }
    const { ctx, pixels } = target;
    if (pixels) {
      pixels.target.data.fill(packColor(frame.theme.background));
      return {};
    }
    ctx.globalAlpha = 1;
    ctx.fillStyle = frame.theme.background;
    ctx.fillRect(0, 0, frame.width, frame.height);
    return {};
  },
};
