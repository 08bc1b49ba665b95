// Measures how soon the embedded dataset is first drawn: serves a production build (dist/,
// or the builds named on the command line, to compare them under the same conditions),
// loads the page in fresh headless Chromium contexts (nothing cached), one warm-up load
// each, then `--runs` rounds that take the builds in turn. Prints each load's graph:*
// marks and the requests for data files (one per file: the app's fetch must reuse the
// page's <link rel="preload">), then the median of graph:first-render per build.
// Usage: npm run build && node scripts/first-render.mjs [--runs 5] [--query '?lang=en'] [dir ...]
import { parseArgs } from "node:util";
import { launchBrowser } from "../tests/e2e/browser.mjs";
import { startServer } from "../tests/e2e/server.mjs";

const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "5" }, query: { type: "string", default: "" }, quiet: { type: "boolean", default: false } },
  allowPositionals: true,
});
const dirs = positionals.length ? positionals : ["dist"];
const servers = await Promise.all(dirs.map((dir) => startServer({ mounts: [["/", dir]] })));
const browser = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load(url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  try {
    const page = await context.newPage();
    const dataRequests = [];
    page.on("request", (req) => {
      if (/\.json(\?|$)/.test(req.url())) dataRequests.push(`${req.resourceType()} ${req.url().split("/").pop()}`);
    });
    const warnings = [];
    page.on("console", (msg) => {
      if (msg.type() === "warning" || msg.type() === "error") warnings.push(msg.text());
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("graph:first-render").length > 0, null, { timeout: 30_000 });
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])),
    );
    return { marks, dataRequests, warnings };
  } finally {
    await context.close();
  }
}

const results = dirs.map(() => []);
try {
  for (const server of servers) await load(`${server.url}/${values.query}`);
  for (let round = 1; round <= Number(values.runs); round++) {
    for (const [i, server] of servers.entries()) {
      const { marks, dataRequests, warnings } = await load(`${server.url}/${values.query}`);
      results[i].push(marks["graph:first-render"]);
      if (values.quiet) continue;
      console.log(`${dirs[i]} run ${round}:`, JSON.stringify(marks), `data requests: ${dataRequests.join(", ") || "none"}`);
      for (const w of warnings) console.log("   console:", w);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
for (const [i, dir] of dirs.entries())
  console.log(`${dir}: graph:first-render median of ${results[i].length}: ${median(results[i])} ms (${results[i].join(", ")})`);
