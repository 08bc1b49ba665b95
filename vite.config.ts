import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { fileURLToPath } from "node:url";

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

// base "./" keeps every asset URL relative, so dist/ works from any static host and sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    // react-i18next's useTranslation, served by src/i18n (see src/i18n/reactI18next.ts)
    alias: [{ find: /^react-i18next$/, replacement: fileURLToPath(new URL("./src/i18n/reactI18next.ts", import.meta.url)) }],
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 600 },
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "data/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    restoreMocks: true,
  },
});
