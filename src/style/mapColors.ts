// The colours of the base map, per theme: land, borders and names, quiet so the network
// stays in front.
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

/** themes added later fall back to the light theme's colours */
export const mapColors = (theme: Theme): MapColors => MAP_COLORS[theme] ?? MAP_COLORS.light;
