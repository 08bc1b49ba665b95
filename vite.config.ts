import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { build, type Plugin } from "vite";
import { offlineTemplate } from "./scripts/offlineTemplate.ts";

// The built page may run only its own scripts: no inline script, no eval, no plugins.
// (Only at build time: the dev server's hot reload needs an inline preamble.)
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self' https: http: blob: data:; worker-src 'self' blob:; " +
  "object-src 'none'; base-uri 'self'; form-action 'none'";
const contentSecurityPolicy = (): Plugin => ({
  name: "content-security-policy",
  apply: "build",
  transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
});

// The page asks for the data files its first picture needs (the embedded dataset) as it is
// parsed, before any script runs: <link rel="preload" as="fetch" crossorigin> with the
// hashed URL. `crossorigin` (credentials "same-origin") is what the app's fetch() sends, so
// the browser hands the preloaded response to it instead of fetching again.
const preloadData = (files: string[]): Plugin => ({
  name: "preload-data",
  apply: "build",
  transformIndexHtml: {
    order: "post",
    handler(_html, ctx) {
      const assets = Object.values(ctx.bundle ?? {}).filter(
        (out) => out.type === "asset" && out.originalFileNames.some((name) => files.includes(name.replace(/^\.?\//, ""))),
      );
      if (assets.length !== files.length) throw new Error(`preload-data: ${files.join(", ")} not all found in the bundle`);
      return assets.map((asset) => ({ tag: "link", attrs: { rel: "preload", as: "fetch", crossorigin: true, href: `./${asset.fileName}` }, injectTo: "head" }));
    },
  },
});

// dist/embed.js: the <coopnet-graph> element, a classic script of its own (a module script
// has no document.currentScript to find the app's URL from), built after the app.
const embedElement = (): Plugin => {
  let outDir = "dist";
  return {
    name: "embed-element",
    apply: (_config, env) => env.command === "build" && !env.isPreview,
    configResolved: (config) => void (outDir = config.build.outDir),
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: "warn",
        build: {
          outDir,
          emptyOutDir: false,
          target: "es2022",
          lib: { entry: "src/embed/element.ts", formats: ["iife"], name: "CoopnetEmbed", fileName: () => "embed.js" },
        },
      });
    },
  };
};

// base "./" keeps every asset URL relative, so dist/ works from any static host and sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), preloadData(["data/chengyu-education.json"]), embedElement(), offlineTemplate(CSP)],
  resolve: { alias: { "d3-transition": fileURLToPath(new URL("./src/lib/zoomInterrupt.ts", import.meta.url)) } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // no modulepreload polyfill: every browser with ES2022 but a few Safari 16 releases has modulepreload
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 600, modulePreload: { polyfill: false } },
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "data/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    restoreMocks: true,
  },
});
