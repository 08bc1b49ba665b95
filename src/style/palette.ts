// The visual vocabulary: a shape and a colour per node type, a colour and dash per
// relation type, for light and dark themes. Colours come from the Okabe–Ito set (safe for
// colour-blind viewers) and each family of types has its own shape, so no two types
// differ by colour alone.
import type { NodeType, RelationType } from "../model/vocabulary";

export type Shape = "circle" | "square" | "diamond" | "triangle" | "hexagon" | "star" | "pentagon" | "triangle-down";
export type Theme = "light" | "dark";

export interface NodeStyle {
  shape: Shape;
  light: string;
  dark: string;
}

const NODE_STYLES: Record<NodeType, NodeStyle> = {
  kindergarten: { shape: "circle", light: "#C9A800", dark: "#F0E442" },
  "primary-school": { shape: "circle", light: "#E69F00", dark: "#F5B43C" },
  "secondary-school": { shape: "circle", light: "#D55E00", dark: "#FF8A3D" },
  "vocational-college": { shape: "circle", light: "#B8509A", dark: "#E08BC6" },
  university: { shape: "circle", light: "#0072B2", dark: "#4AA8E8" },
  "research-university": { shape: "circle", light: "#0B3C7A", dark: "#9CC9FF" },
  "foreign-university": { shape: "circle", light: "#3A9AD9", dark: "#7FD0FF" },
  faculty: { shape: "circle", light: "#6D8FB8", dark: "#A9C2E0" },
  alliance: { shape: "hexagon", light: "#009E73", dark: "#35D0A2" },
  "industry-consortium": { shape: "hexagon", light: "#5A9E3A", dark: "#9BD67A" },
  institute: { shape: "hexagon", light: "#2F6B55", dark: "#7FC4AA" },
  province: { shape: "square", light: "#3F3F46", dark: "#D4D4D8" },
  city: { shape: "square", light: "#71717A", dark: "#A1A1AA" },
  district: { shape: "square", light: "#A1A1AA", dark: "#71717A" },
  company: { shape: "diamond", light: "#8B5A2B", dark: "#D2A06C" },
  association: { shape: "triangle", light: "#8E44AD", dark: "#C89BE0" },
  government: { shape: "pentagon", light: "#B3261E", dark: "#FF8A80" },
  event: { shape: "star", light: "#E69F00", dark: "#FFC857" },
  policy: { shape: "triangle-down", light: "#5B5BD6", dark: "#A5A5FF" },
  program: { shape: "diamond", light: "#178F8F", dark: "#5FD4D4" },
};

const UNKNOWN_NODE_STYLE: NodeStyle = { shape: "circle", light: "#8A8F98", dark: "#9AA0A6" };

export interface EdgeStyle {
  light: string;
  dark: string;
  dash: readonly number[];
}

const solid: readonly number[] = [];
const EDGE_STYLES: Record<RelationType, EdgeStyle> = {
  "member-of": { light: "#009E73", dark: "#35D0A2", dash: solid },
  leads: { light: "#B3261E", dark: "#FF8A80", dash: solid },
  founded: { light: "#D55E00", dark: "#FF8A3D", dash: solid },
  "partner-of": { light: "#0072B2", dark: "#4AA8E8", dash: solid },
  "signed-agreement": { light: "#5B5BD6", dark: "#A5A5FF", dash: [6, 3] },
  "co-builds": { light: "#178F8F", dark: "#5FD4D4", dash: solid },
  supports: { light: "#E69F00", dark: "#FFC857", dash: solid },
  "exchanges-with": { light: "#B8509A", dark: "#E08BC6", dash: [2, 3] },
  "located-in": { light: "#9A9AA3", dark: "#6B6B75", dash: [1, 3] },
  "held-in": { light: "#A1A1AA", dark: "#71717A", dash: [4, 3] },
  organizes: { light: "#C26A00", dark: "#F5B43C", dash: solid },
  "participates-in": { light: "#6D8FB8", dark: "#A9C2E0", dash: solid },
  issued: { light: "#8E44AD", dark: "#C89BE0", dash: solid },
  implements: { light: "#7A5AC2", dark: "#B9A0F0", dash: [6, 3] },
  "part-of": { light: "#71717A", dark: "#A1A1AA", dash: solid },
  serves: { light: "#5A9E3A", dark: "#9BD67A", dash: [6, 3] },
  "recognized-as": { light: "#C9A800", dark: "#F0E442", dash: [2, 3] },
};

const UNKNOWN_EDGE_STYLE: EdgeStyle = { light: "#9AA0A6", dark: "#6B7078", dash: solid };

export interface ThemeColors {
  background: string;
  label: string;
  /** secondary text: the source line at the foot of an exported picture (the page's --fg-muted) */
  mutedText: string;
  labelHalo: string;
  nodeOutline: string;
  selection: string;
  dimAlpha: number;
  edgeAlpha: number;
}

export const THEMES: Record<Theme, ThemeColors> = {
  light: { background: "#F6F4EF", label: "#1B1F2A", mutedText: "#4F5668", labelHalo: "rgba(246,244,239,0.92)", nodeOutline: "#FFFFFF", selection: "#1B1F2A", dimAlpha: 0.14, edgeAlpha: 0.55 },
  dark: { background: "#10131A", label: "#ECEEF3", mutedText: "#A9B0C0", labelHalo: "rgba(16,19,26,0.9)", nodeOutline: "#10131A", selection: "#FFFFFF", dimAlpha: 0.16, edgeAlpha: 0.5 },
};

/** Style slots: documented types first (in vocabulary order), then each unknown type seen, all in a neutral style. */
export function nodeStyleOf(type: string): NodeStyle {
  return (NODE_STYLES as Record<string, NodeStyle>)[type] ?? UNKNOWN_NODE_STYLE;
}
export function edgeStyleOf(type: string): EdgeStyle {
  return (EDGE_STYLES as Record<string, EdgeStyle>)[type] ?? UNKNOWN_EDGE_STYLE;
}


/**
 * Colours for communities, largest first; communities beyond the list share the last,
 * neutral entry. Chosen apart from each other in both themes (Tableau 10, lightened for dark).
 */
export const COMMUNITY_COLORS: readonly { light: string; dark: string }[] = [
  { light: "#4E79A7", dark: "#7FA8D6" },
  { light: "#F28E2B", dark: "#FFB066" },
  { light: "#59A14F", dark: "#8FD184" },
  { light: "#E15759", dark: "#FF8C8D" },
  { light: "#76B7B2", dark: "#9FDCD6" },
  { light: "#B07AA1", dark: "#D9A6CB" },
  { light: "#EDC948", dark: "#F5DC7A" },
  { light: "#9C755F", dark: "#C9A18A" },
  { light: "#FF9DA7", dark: "#FFC2C8" },
  { light: "#3B5B2E", dark: "#A3C293" },
  { light: "#A0A0A8", dark: "#6E6E78" },
];
