// The one warm colour of the links across the Sichuan–Chongqing border on the map, per
// theme; the legend's swatch uses it too.
import type { Theme } from "./palette";

const CROSS_BORDER: Record<Theme, string> = { light: "#C2410C", dark: "#FB923C" };

/** themes added later fall back to the light theme's colour */
export const crossBorderColor = (theme: Theme): string => CROSS_BORDER[theme] ?? CROSS_BORDER.light;
