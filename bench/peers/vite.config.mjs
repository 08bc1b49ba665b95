// Builds the two peer pages (bench/peers/*/index.html) into bench/.cache/peers/ with
// relative asset URLs, so they can be served under any prefix. bench/run.mjs calls it.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here("."),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: here("../.cache/peers"),
    emptyOutDir: true,
    target: "es2022",
    manifest: true,
    rollupOptions: {
      input: { "force-graph": here("force-graph/index.html"), sigma: here("sigma/index.html") },
    },
  },
});
