// The colours of the map arrangement, per theme: the base map's land, borders and names,
// quiet so the network stays in front, and the one warm colour of the links across the
// Sichuan–Chongqing border (the legend's swatch uses it too).
import type { Theme } from "./palette";

export interface MapColors {
  /** Sichuan and Chongqing */
  home: string;
  /** their neighbours */
  land: string;
  border: string;
  label: string;
}

const MAP_COLORS: Record<Theme, MapColors> = {
  light: { home: "#ECE6D8", land: "#F1EEE6", border: "#B3A890", label: "#857A64" },
  dark: { home: "#1B2231", land: "#151A24", border: "#435068", label: "#8A93A8" },
};

const CROSS_BORDER: Record<Theme, string> = { light: "#C2410C", dark: "#FB923C" };

/** themes added later fall back to the light theme's colours */
export const mapColors = (theme: Theme): MapColors => MAP_COLORS[theme] ?? MAP_COLORS.light;
export const crossBorderColor = (theme: Theme): string => CROSS_BORDER[theme] ?? CROSS_BORDER.light;
