import { describe, expect, it } from "vitest";
import { drawLine, packColor, rasterizeEdges, rasterizeNodes, shapeMask, stamp, type PixelTarget } from "./rasterize";

const target = (w: number, h: number, bg = packColor("#ffffff")): PixelTarget => ({ data: new Uint32Array(w * h).fill(bg), width: w, height: h });
const changed = (t: PixelTarget, bg = packColor("#ffffff")) => t.data.reduce((n, v) => n + (v !== bg ? 1 : 0), 0);
const red = (v: number) => v & 255;

describe("the software rasterizer", () => {
  it("packs colours the way ImageData stores them (RGBA bytes)", () => {
    const bytes = new Uint8Array(new Uint32Array([packColor("#102030", 0.5)]).buffer);
    expect([...bytes]).toEqual([0x10, 0x20, 0x30, 128]);
  });

  it("packs any CSS colour, its own opacity times the alpha given", () => {
    const bytes = (c: number) => [...new Uint8Array(new Uint32Array([c]).buffer)];
    expect(bytes(packColor("#abc"))).toEqual([0xaa, 0xbb, 0xcc, 255]);
    expect(bytes(packColor("rgb(16, 32, 48)", 0.5))).toEqual([16, 32, 48, 128]);
    expect(bytes(packColor("rgba(246,244,239,0.5)"))).toEqual([246, 244, 239, 128]);
    expect(bytes(packColor("rgba(246,244,239,0.5)", 0.5))).toEqual([246, 244, 239, 64]);
    expect(bytes(packColor("hsl(0, 100%, 50%)"))).toEqual([255, 0, 0, 255]);
    expect(bytes(packColor("#10203080"))).toEqual([0x10, 0x20, 0x30, 128]);
  });

  it("draws a line from end to end and nothing far from it", () => {
    const t = target(50, 50);
    drawLine(t, 5, 5, 45, 25, packColor("#000000"));
    for (let x = 6; x < 45; x++) {
      const y = 5 + ((x - 5) * 20) / 40;
      const column = [Math.floor(y), Math.floor(y) + 1].map((yy) => red(t.data[yy * 50 + x]!));
      expect(Math.min(...column), `x=${x}`).toBeLessThan(200);
    }
    expect(red(t.data[40 * 50 + 10]!)).toBe(255);
  });

  it("clips lines to the target without writing outside it", () => {
    const t = target(20, 20);
    drawLine(t, -100, -50, 300, 140, packColor("#000000"));
    drawLine(t, 10, -500, 10, 500, packColor("#000000"));
    expect(t.data.length).toBe(400);
    expect(changed(t)).toBeGreaterThan(20);
  });

  it("stamps shapes whose covered area matches a circle of the same radius", () => {
    for (const shape of ["circle", "square", "hexagon", "triangle", "diamond"] as const) {
      const mask = shapeMask(shape, 8);
      const area = mask.cover.reduce((a, c) => a + c / 256, 0);
      expect(area, shape).toBeGreaterThan(Math.PI * 64 * 0.85);
      expect(area, shape).toBeLessThan(Math.PI * 64 * 1.15);
    }
    const t = target(40, 40);
    stamp(t, shapeMask("circle", 5), 20, 20, packColor("#000000"));
    expect(red(t.data[20 * 40 + 20]!)).toBe(0);
    expect(red(t.data[5 * 40 + 5]!)).toBe(255);
  });

  it("draws only what is in view and skips hidden nodes", () => {
    const t = target(100, 100);
    const camera = { x: 0, y: 0, k: 1 };
    const positions = Float32Array.of(10, 10, 90, 90, 500, 500, 50, 50);
    const hidden = Uint8Array.of(0, 0, 0, 1);
    const edges = { camera, positions, edgeEnds: Uint32Array.of(0, 1, 1, 2, 2, 2), groups: [{ edges: Uint32Array.of(0, 1, 2), color: packColor("#0000ff", 0.5) }], hidden, hiddenEdges: null, stride: 1 };
    const nodes = {
      camera, positions, radii: Float32Array.of(3, 3, 3, 3), deviceRadius: (r: number) => r, hidden, outline: null, outlineWidth: 1,
      groups: [{ nodes: Uint32Array.of(0, 1, 2, 3), color: packColor("#ff0000"), shape: "circle" as const }],
    };
    expect(rasterizeEdges(t, edges)).toBe(2);
    expect(rasterizeNodes(t, nodes)).toBe(2);
    expect(red(t.data[50 * 100 + 50]!)).toBeLessThan(255); // the edge 0–1 passes the centre
    const hiddenT = target(100, 100);
    rasterizeEdges(hiddenT, { ...edges, edgeEnds: Uint32Array.of(3, 3, 3, 3, 3, 3), positions: Float32Array.of(0, 0, 0, 0, 0, 0, 50, 50) });
    rasterizeNodes(hiddenT, { ...nodes, positions: Float32Array.of(0, 0, 0, 0, 0, 0, 50, 50), groups: [{ ...nodes.groups[0]!, nodes: Uint32Array.of(3) }] });
    expect(changed(hiddenT)).toBe(0);
  });
});
