// Builds what is measured: the app (npm run build → dist/, then copied to bench/.cache/app/) and the peer pages (Vite, into
// bench/.cache/peers/, rebuilt only when their sources or the peer packages changed), and
// measures the gzipped JS of each.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
/** the copy of dist/ that is served and measured, so a rebuild during the bench changes nothing */
export const APP_SNAPSHOT = join(ROOT, "bench/.cache/app");
export const PEERS_SRC = join(ROOT, "bench/peers");
export const PEERS_OUT = join(ROOT, "bench/.cache/peers");
const PEER_PACKAGES = ["force-graph", "sigma", "graphology", "graphology-layout-forceatlas2"];

/** npm run build; returns null or the error text. */
export function buildApp(log) {
  log("building the app (npm run build)…");
  const res = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (res.status === 0 && existsSync(join(DIST, "index.html"))) return null;
  // eslint-disable-next-line no-control-regex -- the colour codes of the build's output
  const out = `${res.stdout ?? ""}\n${res.stderr ?? ""}`.replace(/\x1b\[[0-9;]*m/g, "").trim().split("\n").slice(-15).join("\n");
  return `npm run build failed (exit ${res.status}):\n${out}`;
}

/** The module script of a build's index.html (relative to its directory), or null. */
function entryScript(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  return html.match(/<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/)?.[1] ?? null;
}

/** Copies dist/ to bench/.cache/app/; returns null or the error text. */
export function snapshotApp() {
  if (!existsSync(join(DIST, "index.html"))) return "dist/ has no build (run without --no-build)";
  const entry = entryScript(DIST);
  if (entry && !existsSync(join(DIST, entry)))
    return `dist/ is incomplete: index.html's ${entry} is missing (a build under way, or one that failed)`;
  rmSync(APP_SNAPSHOT, { recursive: true, force: true });
  cpSync(DIST, APP_SNAPSHOT, { recursive: true });
  return null;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

function peerSourceHash() {
  const hash = createHash("sha256");
  for (const f of [...filesUnder(PEERS_SRC), join(ROOT, "bench/prng.mjs")]) hash.update(f).update(readFileSync(f));
  for (const p of PEER_PACKAGES) hash.update(readFileSync(join(ROOT, "node_modules", p, "package.json")));
  return hash.digest("hex");
}

/** Builds the peer pages unless bench/.cache/peers holds a build of the same sources. */
export async function ensurePeers(log) {
  const hash = peerSourceHash();
  const stamp = join(PEERS_OUT, ".build-hash");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  log("building the peer pages (vite, bench/peers/vite.config.mjs)…");
  const { build } = await import("vite");
  await build({ configFile: join(PEERS_SRC, "vite.config.mjs") });
  writeFileSync(stamp, hash);
}

const gzipKB = (files) => files.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;

/** Ours: every .js in dist/assets, and the entry chunk alone (the module script of index.html). */
export function appJsSize(dir = APP_SNAPSHOT) {
  const assets = join(dir, "assets");
  const all = readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => join(assets, f));
  const entry = entryScript(dir);
  return { gzipKB: gzipKB(all), entryGzipKB: entry ? gzipKB([join(dir, entry)]) : null, files: all.length };
}

/** A peer: its entry and the chunks it imports, from Vite's manifest. */
export function peerJsSize(page) {
  const manifest = JSON.parse(readFileSync(join(PEERS_OUT, ".vite/manifest.json"), "utf8"));
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const k of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) visit(k);
  };
  visit(`${page}/index.html`);
  const files = [...seen].map((k) => join(PEERS_OUT, manifest[k].file));
  return { gzipKB: gzipKB(files), entryGzipKB: null, files: files.length };
}
