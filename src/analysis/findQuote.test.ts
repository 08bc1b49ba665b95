import { describe, expect, it } from "vitest";
import { findQuote } from "./findQuote";

describe("findQuote", () => {
  it("finds a quote across the text's line breaks and returns the range as printed", () => {
    const text = "前言。\n\n四川外国语大学与中国建设\n劳动学会签署合作协议。后记";
    const r = findQuote(text, "四川外国语大学与中国建设劳动学会签署合作协议");
    expect(r).not.toBeNull();
    expect(text.slice(r!.start, r!.end)).toBe("四川外国语大学与中国建设\n劳动学会签署合作协议");
  });

  it("says when the quote is not in the text", () => {
    expect(findQuote("甲乙丙", "丁")).toBeNull();
    expect(findQuote("甲乙丙", "  ")).toBeNull();
  });
});
