import { describe, expect, it } from "vitest";
import { wrapText } from "./exportImage";

const measure = (s: string) => s.length * 10;

describe("the caption of an exported step", () => {
  it("breaks at spaces in English and between characters in Chinese, never beyond the width", () => {
    const en = wrapText("The vocational alliance gathers schools from both sides", 200, measure);
    expect(en.join(" ")).toBe("The vocational alliance gathers schools from both sides");
    expect(en.every((l) => measure(l) <= 200)).toBe(true);
    expect(en.length).toBeGreaterThan(1);
    const zh = wrapText("成渝地区双城经济圈职业教育协同发展联盟由两地院校组成", 100, measure);
    expect(zh.join("")).toBe("成渝地区双城经济圈职业教育协同发展联盟由两地院校组成");
    expect(zh.every((l) => l.length <= 10)).toBe(true);
  });
});
