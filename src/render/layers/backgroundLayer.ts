// The ground the graph is drawn on: the theme's background (a base map will draw here).
import { packColor } from "../rasterize";
import type { Layer } from "./types";

export const backgroundLayer: Layer = {
  id: "background",
  surface: "graph",
  draw({ ctx, pixels }, frame) {
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
