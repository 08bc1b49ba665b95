// Lint: TypeScript rules, React hooks, and the import boundaries of ARCHITECTURE.md
// (lib -> model -> style/io/analysis/layout -> render/state/data/embed -> features -> app).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import boundaries from "eslint-plugin-boundaries";
import globals from "globals";

const LAYERS = ["lib", "i18n", "model", "style", "io", "analysis", "layout", "render", "state", "data", "embed", "ui", "features", "app"];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "bench/results", "bench/.cache", "public"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, boundaries },
    settings: {
      "boundaries/elements": LAYERS.map((type) =>
        type === "features"
          ? { type, pattern: "src/features/*", capture: ["feature"] }
          : { type, pattern: `src/${type}` },
      ),
      "import/resolver": { node: { extensions: [".ts", ".tsx"] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/exhaustive-deps": "error",
      "boundaries/element-types": [
        "error",
        {
          default: "disallow",
          rules: [
            { from: "lib", allow: [] },
            { from: "i18n", allow: ["lib"] },
            { from: "model", allow: ["lib"] },
            { from: "style", allow: ["lib", "model"] },
            { from: "io", allow: ["lib", "model"] },
            { from: "analysis", allow: ["lib", "model"] },
            { from: "layout", allow: ["lib", "model"] },
            { from: "render", allow: ["lib", "model", "style"] },
            { from: "state", allow: ["lib", "model"] },
            { from: "data", allow: ["lib", "model", "io"] },
            { from: "embed", allow: ["lib", "model", "state"] },
            { from: "ui", allow: ["lib", "i18n"] },
            {
              from: "features",
              allow: [
                "ui", "state", "data", "model", "style", "analysis", "i18n", "lib", "io",
                ["features", { feature: "${from.feature}" }],
              ],
            },
            { from: [["features", { feature: "graph-view" }]], allow: ["render", "layout"] },
            { from: "app", allow: LAYERS },
          ],
        },
      ],
    },
  },
  {
    // the pure core touches no browser globals (worker shells aside)
    files: ["src/{lib,model,style,io,analysis,layout}/**/*.ts"],
    ignores: ["src/**/*.worker.ts", "src/**/*.test.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "localStorage", "navigator"],
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "react/*"] }],
    },
  },
);
