import { describe, expect, it } from "vitest";
import { createSvgContext, svgDocument } from "./svgContext";
import { LAYER_STACK } from "./layers/stack";
import { visibleGraphRect } from "./camera";
import { createSceneIndex } from "./sceneIndex";
import { THEMES } from "../style/palette";
import type { Frame } from "./layers/types";
import type { RenderDisplay, RenderGraph } from "./types";

const graph: RenderGraph = {
  nodeCount: 3,
  edgeEnds: Uint32Array.of(0, 1, 1, 2),
  nodeTypes: ["university", "alliance", "x-unknown"],
  edgeTypes: ["member-of", "partner-of"],
  directed: Uint8Array.of(1, 0),
  radii: Float32Array.of(8, 10, 6),
  importance: Float32Array.of(1, 2, 1),
};

function exported(extra: Partial<RenderDisplay> = {}) {
  const svg = createSvgContext(800, 600, (_font, text) => text.length * 7);
  const camera = { x: 400, y: 300, k: 1 };
  const display: RenderDisplay = { theme: "light", labels: ["<script>alert(1)</script>", "联盟 & Co", "Third"], selected: -1, hovered: -1, focus: null, emphasis: null, hidden: null, hiddenEdges: null, ...extra };
  const frame: Frame = {
    width: 800, height: 600, dpr: 1, camera, view: visibleGraphRect(camera, 800, 600, 24), graph, index: createSceneIndex(graph),
    positions: Float32Array.of(-150, -100, 0, 0, 150, 60), display, themeName: "light", theme: THEMES.light,
    edgeStride: 1, maxLabels: 50, raster: false, atlas: null, map: null,
  };
  for (const layer of LAYER_STACK) layer.draw({ ctx: svg.ctx, pixels: null }, frame);
  return svg.body();
}

describe("the SVG export context", () => {
  it("writes the same scene the canvas draws: edges, nodes, arrowheads and escaped labels", () => {
    const body = exported();
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(body).not.toContain("<script>");
    expect(body).toContain("联盟 &amp; Co");
    expect((body.match(/<path [^>]*fill="none" stroke=/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((body.match(/A\d/g) ?? []).length).toBeGreaterThanOrEqual(2);
    const doc = svgDocument(800, 600, body, "成渝 <教育>", "Source: “report” 2025", { fg: "#000", muted: "#666" }, "Noto Sans");
    expect(doc.startsWith("<svg")).toBe(true);
    expect(doc).toContain("成渝 &lt;教育&gt;");
  });

  it("keeps the transparency of faint edges and the veil, and each label's font size and weight", () => {
    const body = exported({ hovered: 1, selected: 1, focus: Uint8Array.of(0, 1, 1) });
    const edge = /<path [^>]*stroke="#009E73"[^>]*>/.exec(body)?.[0] ?? "";
    expect(edge).toMatch(/opacity="0\.55"/);
    const veil = /<rect [^>]*fill="#F6F4EF"[^>]*opacity="([\d.]+)"/.exec(body);
    expect(Number(veil?.[1])).toBeCloseTo(0.76);
    const label = /<text [^>]*font-weight="(\d+)" font-size="(\d+)"[^>]*fill="#1B1F2A"[^>]*>联盟 &amp; Co<\/text>/.exec(body);
    expect(label?.[1]).toBe("600");
    expect(Number(label?.[2])).toBeGreaterThan(12);
  });
});
