// The size of what the browser loads before the first picture: the entry chunk, i.e. the
// module script of dist/index.html with every chunk it imports statically and every
// <link rel="modulepreload"> (and what they import), gzipped (zlib level 9, kB = 1000
// bytes). Then dist/embed.js (the <coopnet-graph> element portals load) and every file in
// dist/assets. Fails (exit code 1) when the entry or embed.js is over its budget.
// Usage: node scripts/size.mjs [--no-build] [--budget 120] [--embed-budget 5]
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({ options: { "no-build": { type: "boolean", default: false }, budget: { type: "string", default: "120" }, "embed-budget": { type: "string", default: "5" }, dist: { type: "string", default: "dist" } } });
const dist = values.dist;
const budget = Number(values.budget);
const embedBudget = Number(values["embed-budget"]);
if (!values["no-build"]) execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn", "--outDir", dist], { stdio: "inherit" });

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const html = readFileSync(join(dist, "index.html"), "utf8");
const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
const roots = [...html.matchAll(/<script\b[^>]*>|<link\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => (tag.startsWith("<script") ? attr(tag, "type") === "module" : attr(tag, "rel") === "modulepreload"))
  .map((tag) => attr(tag, tag.startsWith("<script") ? "src" : "href"))
  .filter(Boolean)
  .map((src) => posix.normalize(src.replace(/^\.\//, "")));

// static imports of an ES chunk: `import{a as b}from"./x.js"` and `import"./x.js"`, never import("./x.js")
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const entry = new Set();
const visit = (file) => {
  if (entry.has(file)) return;
  entry.add(file);
  const code = readFileSync(join(dist, file), "utf8");
  for (const m of code.matchAll(STATIC_IMPORT)) visit(posix.normalize(posix.join(posix.dirname(file), m[1])));
};
roots.forEach(visit);

let entryTotal = 0;
console.log("Entry chunk (what index.html loads before any script runs):");
for (const file of entry) {
  const size = gzip(join(dist, file));
  entryTotal += size;
  console.log(`  ${kB(size).padStart(10)}  ${file}`);
}
console.log(`  ${kB(entryTotal).padStart(10)}  total, gzipped (budget ${budget} kB)\n`);

const embedSize = gzip(join(dist, "embed.js"));
console.log(`The custom element for portals:\n  ${kB(embedSize).padStart(10)}  embed.js, gzipped (budget ${embedBudget} kB)\n`);

console.log("Everything in dist/assets (gzipped, raw):");
const assets = join(dist, "assets");
const rows = readdirSync(assets)
  .map((name) => ({ name, raw: statSync(join(assets, name)).size, gz: gzip(join(assets, name)) }))
  .sort((a, b) => b.gz - a.gz);
for (const r of rows) console.log(`  ${kB(r.gz).padStart(10)} ${kB(r.raw).padStart(11)}  ${r.name}${entry.has(`assets/${r.name}`) ? "  (entry)" : ""}`);
const js = rows.filter((r) => r.name.endsWith(".js"));
console.log(`  ${kB(js.reduce((s, r) => s + r.gz, 0)).padStart(10)} ${kB(js.reduce((s, r) => s + r.raw, 0)).padStart(11)}  all JavaScript`);

if (entryTotal > budget * 1000) console.error(`\nThe entry chunk is ${kB(entryTotal)} gzipped: over the budget of ${budget} kB.`);
if (embedSize > embedBudget * 1000) console.error(`\nembed.js is ${kB(embedSize)} gzipped: over the budget of ${embedBudget} kB.`);
if (entryTotal > budget * 1000 || embedSize > embedBudget * 1000) process.exit(1);
