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
  /** the outline of Sichuan and Chongqing, their shared border among it */
  homeBorder: string;
  label: string;
}

const MAP_COLORS: Record<Theme, MapColors> = {
  light: { home: "#ECE5D4", land: "#F2EFE8", border: "#BDB39E", homeBorder: "#8F8266", label: "#857A64" },
  dark: { home: "#1E2637", land: "#151A24", border: "#3A4559", homeBorder: "#66789A", label: "#8A93A8" },
};

const CROSS_BORDER: Record<Theme, string> = { light: "#C2410C", dark: "#FB923C" };

/** themes added later fall back to the light theme's colours */
export const mapColors = (theme: Theme): MapColors => MAP_COLORS[theme] ?? MAP_COLORS.light;
export const crossBorderColor = (theme: Theme): string => CROSS_BORDER[theme] ?? CROSS_BORDER.light;
