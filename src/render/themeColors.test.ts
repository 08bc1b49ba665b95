// The renderer draws with the palette's colours (src/style/palette.ts): no colour that
// belongs to a theme is written into src/render itself.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { THEMES } from "../style/palette";

const RENDER = import.meta.dirname;
/** a string that opens with a colour: "#abc", 'rgba(…', `hsl(… */
const COLOUR = /["'`]\s*(#[0-9a-f]{3,8}\b|(?:rgba?|hsla?)\()/gi;
/** colours that belong to no theme: the 2D context's own defaults, which the SVG context and the test context mirror */
const ALLOWED: Record<string, string[]> = { "svgContext.ts": ["#000", "#000"], "layers/testFrame.ts": ["#000", "#000"] };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("the renderer's colours", () => {
  it("come from the palette, not from colour literals in src/render", () => {
    for (const file of files(RENDER)) {
      const name = relative(RENDER, file).split("\\").join("/");
      const code = readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
      expect([...code.matchAll(COLOUR)].map((m) => m[1]), name).toEqual(ALLOWED[name] ?? []);
    }
  });

  it("include the muted foot text of an exported picture, per theme", () => {
    expect(THEMES.light.mutedText).toBe("#4F5668");
    expect(THEMES.dark.mutedText).toBe("#A9B0C0");
  });
});
