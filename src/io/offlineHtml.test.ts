// @vitest-environment jsdom
// The offline page's data blocks must survive any graph text: parsed by a browser's HTML
// parser, they give back the JSON written in and never run or close anything.
import { describe, expect, it } from "vitest";
import { dataBlock, fillOfflineHtml, OFFLINE_DATA_ID, OFFLINE_VIEW_ID } from "./offlineHtml";

const SCRIPT = `<script type="module">console.log("app")</script>`;
const template = `<html><body>${dataBlock(OFFLINE_VIEW_ID, "{}")}${dataBlock(OFFLINE_DATA_ID, '{"nodes":[],"edges":[]}')}${SCRIPT}</body></html>`;

function blockText(html: string, id: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return doc.getElementById(id)!.textContent!;
}

describe("the offline page's data blocks", () => {
  it("hold the graph and the view written into them, the app's script untouched", () => {
    const graph = JSON.stringify({ nodes: [{ id: "a", type: "city", name: { zh: "广安" } }], edges: [] });
    const html = fillOfflineHtml(template, graph, { params: "lang=en&node=a", file: "g.json" });
    expect(JSON.parse(blockText(html, OFFLINE_DATA_ID))).toEqual(JSON.parse(graph));
    expect(JSON.parse(blockText(html, OFFLINE_VIEW_ID))).toEqual({ params: "lang=en&node=a", file: "g.json" });
    expect(html.endsWith(`${SCRIPT}</body></html>`)).toBe(true);
  });

  it("keep a name that closes the element or opens a comment inside the block, and run nothing", () => {
    const name = `</script><script>alert(1)</script><!--<script>`;
    const graph = JSON.stringify({ nodes: [{ id: "x", type: "city", name: { zh: name } }], edges: [] });
    const filled = fillOfflineHtml(template, graph, { params: "", file: "</script>.json" });
    const twice = fillOfflineHtml(filled, graph, { params: "q=%3C", file: "g.json" });
    for (const html of [filled, twice]) {
      const doc = new DOMParser().parseFromString(html, "text/html");
      expect(doc.querySelectorAll("script").length).toBe(3);
      expect(JSON.parse(blockText(html, OFFLINE_DATA_ID)).nodes[0].name.zh).toBe(name);
    }
    expect(JSON.parse(blockText(filled, OFFLINE_VIEW_ID)).file).toBe("</script>.json");
  });

  it("refuse a page without them", () => {
    expect(() => fillOfflineHtml("<html></html>", "{}", { params: "", file: "g.json" })).toThrow(/no block/);
  });
});
