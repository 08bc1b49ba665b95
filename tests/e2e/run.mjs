// Runs the end-to-end tests: serves the production build in dist/ and the fixtures,
// then runs tests/e2e/*.e2e.mjs with node's test runner against it in headless Chromium.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { findChromium } from "./browser.mjs";
import { startServer } from "./server.mjs";

try {
  findChromium();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
if (!existsSync("dist/index.html")) {
  console.error("dist/ has no build: run `npm run build` first (npm test does it).");
  process.exit(1);
}
const server = await startServer({ mounts: [["/__fixtures__/", "tests/fixtures"], ["/", "dist"]] });
const only = process.argv.slice(2);
const files = (only.length ? only : readdirSync("tests/e2e").filter((f) => f.endsWith(".e2e.mjs")).map((f) => `tests/e2e/${f}`)).sort();
const child = spawn(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: { ...process.env, E2E_BASE_URL: server.url },
});
const code = await new Promise((ok) => child.on("exit", (c) => ok(c ?? 1)));
await server.close();
process.exit(code);
