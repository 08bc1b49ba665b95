// Colours in files: one reading of CSS colour text (d3-color) for the readers and the
// writers, so a colour the app draws is a colour every export writes.
import { describe, expect, it } from "vitest";
import type { GraphFile } from "../model/schema";
import { rgbOf, toHexColor } from "./draft";
import { readGraphFile } from "./readAny";
import { writeGexf } from "./writeGexf";
import { writeGraphml } from "./writeGraphml";

describe("colour text", () => {
  it("reads every CSS colour form as #rrggbb and leaves other text as it is", () => {
    expect(toHexColor("#ABC")).toBe("#aabbcc");
    expect(toHexColor(" #E41A1C ")).toBe("#e41a1c");
    expect(toHexColor("rgb(16, 32, 48)")).toBe("#102030");
    expect(toHexColor("rgba(16,32,48,0.5)")).toBe("#102030");
    expect(toHexColor("#e41a1c80")).toBe("#e41a1c");
    expect(toHexColor("hsl(120, 100%, 25%)")).toBe("#008000");
    expect(toHexColor("steelblue")).toBe("#4682b4");
    expect(toHexColor("rgb(300, 20, 0)")).toBe("#ff1400");
    expect(toHexColor("transparent")).toBe("transparent");
    expect(toHexColor("not a colour")).toBe("not a colour");
    expect(rgbOf("nope")).toBeUndefined();
    expect(rgbOf("#4682b4")).toMatchObject({ r: 70, g: 130, b: 180 });
  });
});

describe("colours written to GEXF and GraphML", () => {
  const graph: GraphFile = {
    nodes: ["a", "b", "c", "d", "e"].map((id) => ({ id, type: "university", name: { en: id } })),
    edges: [],
  };
  const colors = ["#abc", "hsl(120, 100%, 25%)", "steelblue", "rgba(228, 26, 28, 0.5)", "no colour"];
  const expected = ["#aabbcc", "#008000", "#4682b4", "#e41a1c", undefined];

  it("writes any CSS colour the view holds as r, g, b, and reads it back", () => {
    const gexf = writeGexf(graph, { colors });
    expect(gexf).toContain('r="70" g="130" b="180"');
    const graphml = writeGraphml(graph, { colors });
    expect(graphml).toMatch(/<node id="c">.*<data key="r">70<\/data><data key="g">130<\/data><data key="b">180<\/data>/);
    for (const [file, text] of [["g.gexf", gexf], ["g.graphml", graphml]] as const) {
      const back = readGraphFile({ file, text }).graph;
      expect(back.nodes.map((n) => n.attributes?.color), file).toEqual(expected);
    }
  });
});
