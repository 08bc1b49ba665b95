// Every message is used: a key counts as used where src/ writes it out in quotes
// ("app.title", 'app.title', `app.title`), or where it is built from a prefix listed
// below with the keys it can make. Comments, tests and the message files do not count.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./en";

const SRC = join(import.meta.dirname, "..");
const MESSAGE_FILES = ["i18n/en.ts", "i18n/zh.ts"];

/** keys built in code from a prefix: the template as written, and every key it makes */
const BUILT: { template: string; keys: string[] }[] = [
  { template: "`view.${", keys: ["view.graph", "view.table"] }, // AppHeader: t(`view.${v}`)
  { template: "`table.${", keys: ["table.name", "table.type", "table.region", "table.links"] }, // TableView: t(`table.${column}`)
  { template: "`files.stage_${", keys: ["files.stage_fetching", "files.stage_reading", "files.stage_building"] }, // LoadNotices
  // the analysis panes, table columns and panel ranks: t(`analysis.tab.${pane}`), t(`analysis.measure.${id}`), …
  { template: "`analysis.tab.${", keys: Object.keys(en.analysis.tab).map((k) => `analysis.tab.${k}`) },
  { template: "`analysis.measure.${", keys: Object.keys(en.analysis.measure).map((k) => `analysis.measure.${k}`) },
  { template: "`analysis.explain.${", keys: Object.keys(en.analysis.explain).map((k) => `analysis.explain.${k}`) },
  { template: "`analysis.figure.${", keys: ["density", "diameter", "averagePathLength", "components"].map((k) => `analysis.figure.${k}`) },
  { template: "`analysis.${side}`", keys: ["analysis.withinSichuan", "analysis.withinChongqing", "analysis.across"] }, // CitiesPane
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    const name = relative(SRC, path).split("\\").join("/");
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !MESSAGE_FILES.includes(name) ? [path] : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

function messageKeys(obj: object, prefix = ""): string[] {
  const keys = Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? messageKeys(v, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, "")}`],
  );
  return [...new Set(keys)];
}

describe("message keys", () => {
  const code = sources(SRC).map((file) => withoutComments(readFileSync(file, "utf8"))).join("\n");

  it("are each used somewhere in src/", () => {
    const built = new Set(BUILT.flatMap((b) => b.keys));
    const unused = messageKeys(en).filter((key) => !built.has(key) && !['"', "'", "`"].some((q) => code.includes(`${q}${key}${q}`)));
    expect(unused).toEqual([]);
  });

  it("built from a prefix are built where the list says, and are messages", () => {
    const keys = new Set(messageKeys(en));
    for (const { template, keys: made } of BUILT) {
      expect(code, template).toContain(template);
      for (const key of made) expect(keys.has(key), key).toBe(true);
    }
  });
});
