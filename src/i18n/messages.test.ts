import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zh } from "./zh";
import { createI18nStore } from "./i18nStore";
import { createTranslator } from "./translate";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const pick = (m: object, key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m) as string;
const LANGS = [
  ["en", en],
  ["zh-CN", zh],
] as const;

describe("interface messages", () => {
  it("carry the same messages in Chinese and English, none of them empty", () => {
    const base = (m: object) => [...new Set(keys(m).map((k) => k.replace(PLURAL, "")))].sort();
    expect(base(zh)).toEqual(base(en));
    for (const [, messages] of LANGS) {
      for (const key of keys(messages)) expect(pick(messages, key).trim(), key).not.toBe("");
    }
  });

  it("give every counted message exactly the plural forms its language's rules use", () => {
    for (const [lang, messages] of LANGS) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const forms = new Map<string, string[]>();
      for (const key of keys(messages)) {
        const match = PLURAL.exec(key);
        if (match) forms.set(key.slice(0, match.index), [...(forms.get(key.slice(0, match.index)) ?? []), match[1]!]);
        else expect(pick(messages, key), `${lang} ${key} has a {{count}} but no plural forms`).not.toMatch(/\{\{count\}\}/);
      }
      expect(forms.size).toBeGreaterThan(5);
      for (const [key, found] of forms) expect(found.sort(), `${lang} ${key}`).toEqual([...categories].sort());
    }
  });

  it("use the same interpolation variables in both languages", () => {
    const vars = (m: object) => {
      const byKey = new Map<string, Set<string>>();
      for (const key of keys(m)) {
        const base = key.replace(PLURAL, "");
        for (const [, name] of pick(m, key).matchAll(/\{\{(\w+)\}\}/g)) byKey.set(base, (byKey.get(base) ?? new Set()).add(name!));
      }
      return Object.fromEntries([...byKey].map(([k, v]) => [k, [...v].sort()]));
    };
    expect(vars(zh)).toEqual(vars(en));
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

  it("says one step, one link, one more relation in English, and counts the same way in Chinese", () => {
    const t = createTranslator("en", en);
    expect(t("filters.depthN", { count: 1 })).toBe("1 step");
    expect(t("graph.linkCount", { count: 1 })).toBe("1 link");
    expect(t("panel.hiddenRelations", { count: 1 })).toBe("1 more relation is hidden by the filters");
    expect(t("panel.hiddenRelations", { count: 2 })).toBe("2 more relations are hidden by the filters");
    expect(t("table.caption", { count: 1 })).toBe("Node list: 1 node");
    expect(t("errors.invalid", { file: "a.json", count: 1 })).toBe("a.json does not fit the graph format (1 problem):");
    const summary = (tr: typeof t) =>
      tr("filters.summary", { nodes: tr("filters.summaryNodes", { shown: 1, count: 1 }), edges: tr("filters.summaryEdges", { shown: 0, count: 4 }) });
    expect(summary(t)).toBe("1 of 1 node, 0 of 4 relations shown");
    const zt = createTranslator("zh-CN", zh);
    expect(zt("filters.depthN", { count: 1 })).toBe("1 步");
    expect(summary(zt)).toBe("显示 1 / 1 个节点，0 / 4 条关系");
  });

  it("returns a missing key as itself and leaves a placeholder without a value as written", () => {
    const t = createTranslator("en", en);
    // @ts-expect-error: an unknown key is a type error
    expect(t("no.such.key")).toBe("no.such.key");
    expect(t("files.exported", {})).toBe("Exported {{name}}");
    // @ts-expect-error: a group is not a message
    expect(t("app")).toBe("app");
    // @ts-expect-error: a plural message needs its count
    expect(t("filters.depthN")).toBe("filters.depthN");
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
