import { describe, expect, it } from "vitest";
import { createSvgContext, svgDocument } from "./svgContext";
import { createSceneIndex, drawScene } from "./drawScene";
import { labelOrder } from "./labels";
import type { RenderGraph } from "./types";

const graph: RenderGraph = {
  nodeCount: 3,
  edgeEnds: Uint32Array.of(0, 1, 1, 2),
  nodeTypes: ["university", "alliance", "x-unknown"],
  edgeTypes: ["member-of", "partner-of"],
  directed: Uint8Array.of(1, 0),
  radii: Float32Array.of(8, 10, 6),
  importance: Float32Array.of(1, 2, 1),
};

describe("the SVG export context", () => {
  it("writes the same scene the canvas draws: edges, nodes, arrowheads and escaped labels", () => {
    const svg = createSvgContext(800, 600, (_font, text) => text.length * 7);
    drawScene({
      ctx: svg.ctx, width: 800, height: 600, dpr: 1, camera: { x: 400, y: 300, k: 1 }, graph,
      index: createSceneIndex(graph, labelOrder(graph.importance)),
      positions: Float32Array.of(-150, -100, 0, 0, 150, 60),
      display: { theme: "light", labels: ["<script>alert(1)</script>", "联盟 & Co", "Third"], selected: -1, hovered: -1, focus: null, hidden: null, hiddenEdges: null },
      edgeBudget: Infinity, maxLabels: 50, raster: false,
    });
    const body = svg.body();
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(body).not.toContain("<script>");
    expect(body).toContain("联盟 &amp; Co");
    expect((body.match(/<path [^>]*fill="none" stroke=/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((body.match(/A\d/g) ?? []).length).toBeGreaterThanOrEqual(2);
    const doc = svgDocument(800, 600, body, "成渝 <教育>", "Source: “report” 2025", { fg: "#000", muted: "#666" }, "Noto Sans");
    expect(doc.startsWith("<svg")).toBe(true);
    expect(doc).toContain("成渝 &lt;教育&gt;");
  });
});
