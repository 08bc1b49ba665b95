import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zh } from "./zh";
import { createI18nStore } from "./i18nStore";
import { createTranslator } from "./translate";

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

describe("the translator", () => {
  it("fills placeholders and picks the plural form the language's rules name", () => {
    const t = createTranslator("en", en);
    expect(t("files.warnings", { file: "a.csv", count: 1 })).toBe("a.csv was opened, with 1 repair:");
    expect(t("files.warnings", { file: "a.csv", count: 3 })).toBe("a.csv was opened, with 3 repairs:");
    expect(t("filters.depthN", { count: 2 })).toBe("2 steps");
    expect(createTranslator("zh-CN", zh)("files.warnings", { file: "a.csv", count: 1 })).toBe("a.csv 已打开，但有 1 处被修复：");
  });

  it("returns a missing key as itself and leaves a placeholder without a value as written", () => {
    const t = createTranslator("en", en);
    expect(t("no.such.key")).toBe("no.such.key");
    expect(t("files.exported", {})).toBe("Exported {{name}}");
    expect(t("app")).toBe("app");
  });
});

describe("switching language", () => {
  it("loads the other language's messages first, then tells its readers once", async () => {
    const requested: string[] = [];
    const i18n = createI18nStore("zh", { zh }, async (lang) => {
      requested.push(lang);
      return en;
    });
    let told = 0;
    i18n.subscribe(() => told++);
    expect(i18n.get().t("view.table")).toBe("表格");
    await i18n.changeLanguage("en");
    expect(requested).toEqual(["en"]);
    expect(told).toBe(1);
    expect(i18n.get().language).toBe("en");
    expect(i18n.get().t("view.table")).toBe("Table");
    await i18n.changeLanguage("zh");
    expect(requested).toEqual(["en"]);
    expect(i18n.get().t("view.table")).toBe("表格");
  });

  it("ends on the language asked for last when loads overlap", async () => {
    let release = () => {};
    const i18n = createI18nStore("zh", { zh }, () => new Promise((ok) => (release = () => ok(en))));
    const toEn = i18n.changeLanguage("en");
    await i18n.changeLanguage("zh");
    release();
    await toEn;
    expect(i18n.get().language).toBe("zh");
  });
});
