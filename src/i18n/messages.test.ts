import { describe, expect, it } from "vitest";
import { en, zh } from "./messages";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("interface messages", () => {
  it("carry the same keys in Chinese and English, none of them empty", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    for (const lang of [en, zh]) {
      for (const key of keys(lang)) {
        const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], lang);
        expect(String(value).trim(), key).not.toBe("");
      }
    }
  });

  it("use the same interpolation variables in both languages", () => {
    for (const key of keys(en)) {
      const pick = (m: object) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m) as string;
      const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(pick(zh)), key).toEqual(vars(pick(en)));
    }
  });
});
