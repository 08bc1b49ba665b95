// The offline copy's template, dist/offline.html: a second Vite build of the app (entry
// src/app/offline/main.ts) into one page that needs no server and no network. Everything
// is inlined: one module script (no code splitting, so the lazy chunks are in it), the two
// workers as classic scripts started from blob: URLs (Chromium refuses module workers and
// any worker script from a file:// page), the CSS, the icon, and the embedded dataset in a
// data block the running app replaces with the graph shown (src/io/offlineHtml.ts). The
// page's Content-Security-Policy is the app's, with the inline script allowed by its hash.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build, type Plugin, type Rolldown } from "vite";
import { dataBlock, OFFLINE_DATA_ID, OFFLINE_VIEW_ID } from "../src/io/offlineHtml.ts";

const ENTRY = "src/app/offline/main.ts";
const DATASET = "data/chengyu-education.json";

// `new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" })` becomes a
// worker inlined by Vite (`?worker&inline`): with worker.format "iife", a classic worker
// from a blob: URL.
const WORKER_RE = /new Worker\(\s*new URL\(\s*(["'])([^"']+\.worker\.ts)\1\s*,\s*import\.meta\.url\s*\)\s*,\s*\{\s*type:\s*"module"\s*\}\s*\)/g;
const inlineWorkers = (): Plugin => ({
  name: "offline-inline-workers",
  enforce: "pre",
  transform(code, id) {
    if (!/\.tsx?$/.test(id) || !code.includes("new Worker(")) return null;
    const imports: string[] = [];
    const out = code.replace(WORKER_RE, (_all, _quote, path: string) => {
      const name = `__OfflineWorker${imports.length}`;
      imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
      return `new ${name}()`;
    });
    return imports.length ? { code: `${imports.join("\n")}\n${out}`, map: null } : null;
  },
});

// Modules of the app swapped for their offline stand-ins wherever they are imported from:
// data/embedded.ts (the dataset's URL, fetched) for the graph in the page's data block, and
// data/offlineTemplate.ts (dist/offline.html, fetched) for the page itself.
const SWAPS: Record<string, string> = {
  "src/data/embedded.ts": "src/app/offline/embeddedData.ts",
  "src/data/offlineTemplate.ts": "src/app/offline/pageTemplate.ts",
};
const swapModules = (root: string): Plugin => {
  const swaps = new Map(Object.entries(SWAPS).map(([from, to]) => [resolve(root, from), resolve(root, to)]));
  const names = new Set(Object.keys(SWAPS).map((from) => from.slice(from.lastIndexOf("/") + 1, -3)));
  return {
    name: "offline-swap-modules",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || !names.has(source.slice(source.lastIndexOf("/") + 1))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && swaps.get(resolved.id)) ?? null;
    },
  };
};

/** The app's policy for the offline page: its inline script by hash, workers from blob: only, no connections at all. */
export function offlinePolicy(appPolicy: string, scriptHashes: string[]): string {
  const overrides: Record<string, string> = {
    "script-src": scriptHashes.map((h) => `'${h}'`).join(" "),
    "worker-src": "blob:",
    "connect-src": "'none'",
  };
  return appPolicy
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const name = d.split(/\s+/)[0]!;
      return name in overrides ? `${name} ${overrides[name]}` : d;
    })
    .join("; ");
}

// Text inside <script>: "</script" would end the element and "<!--" could change where it
// ends. In the bundle they occur only in string, template and regular expression literals
// (XML writers), where "\x3C" is the same "<".
function scriptText(code: string): string {
  return code.replace(/<(\/script|!--)/gi, "\\x3C$1");
}

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

async function bundleOffline(root: string): Promise<{ js: string; css: string }> {
  const result = await build({
    configFile: false,
    root,
    mode: "production",
    base: "./",
    logLevel: "warn",
    publicDir: false,
    plugins: [swapModules(root), inlineWorkers(), react()],
    worker: { format: "iife" },
    build: {
      write: false,
      target: "es2022",
      modulePreload: false,
      cssCodeSplit: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: { input: resolve(root, ENTRY), output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((o) => o.output);
  const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === "chunk");
  if (chunks.length !== 1) throw new Error(`offline template: expected one script, got ${chunks.map((c) => c.fileName).join(", ")}`);
  const css = files
    .filter((f): f is Rolldown.OutputAsset => f.type === "asset" && f.fileName.endsWith(".css"))
    .map((f) => String(f.source))
    .join("\n");
  return { js: chunks[0]!.code, css };
}

export async function buildOfflineTemplate(root: string, appPolicy: string): Promise<string> {
  const { js, css } = await bundleOffline(root);
  const script = scriptText(js);
  const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync(resolve(root, "public/favicon.svg"), "utf8"))}`;
  const dataset = JSON.stringify(JSON.parse(readFileSync(resolve(root, DATASET), "utf8")));
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy(appPolicy, [sha256(script)])}" />`,
    `<style>${css.replace(/<\/(style)/gi, "<\\/$1")}</style>`,
  ].join("\n    ");
  const body = [dataBlock(OFFLINE_VIEW_ID, "{}"), dataBlock(OFFLINE_DATA_ID, dataset), `<script type="module">${script}</script>`].join("\n    ");
  const html = readFileSync(resolve(root, "index.html"), "utf8")
    .replace(/<head>/, () => `<head>\n    ${head}`)
    .replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" href="${icon}" type="image/svg+xml" />`)
    .replace(/<script type="module" src="[^"]*"><\/script>/, () => body);
  if (!html.includes(`<script type="module">`)) throw new Error("offline template: index.html's module script not found");
  return html;
}

/**
 * Writes dist/offline.html after the app's build; the dev server builds it when asked for
 * (a few seconds), so "Offline copy" works under `npm run dev` too.
 */
export const offlineTemplate = (appPolicy: string): Plugin => {
  let root = process.cwd();
  let outDir = "dist";
  let command = "serve";
  return {
    name: "offline-template",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      command = config.command;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url || !new URL(req.url, "http://localhost").pathname.endsWith("/offline.html")) return next();
        buildOfflineTemplate(root, appPolicy).then((html) => {
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.end(html);
        }, next);
      });
    },
    async closeBundle() {
      if (command === "build") writeFileSync(resolve(outDir, "offline.html"), await buildOfflineTemplate(root, appPolicy));
    },
  };
};
