// How long the measures and the communities take on the benchmark's synthetic graphs, and
// whether the main thread stays free meanwhile (no task over 100 ms), in headless Chromium.
// Opens each graph with the analysis pane open (on the path tab, which computes nothing, so
// the picture is not resized during the measurement), waits for the layout to rest, then
// opens the statistics tab (the measures run) and colours by community (Louvain runs, and
// the picture is redrawn in the community colours), watching long tasks throughout.
//   npm run build && node scripts/analysis-timing.mjs [sizes…]   (default: 20000 50000)
import { DEFAULT_DATA_DIR, appFileName, ensureDatasets } from "../bench/generate.mjs";
import { launchBrowser } from "../tests/e2e/browser.mjs";
import { startServer } from "../tests/e2e/server.mjs";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [20000, 50000];
ensureDatasets(SIZES, { log: console.log });
const server = await startServer({ mounts: [["/data/", DEFAULT_DATA_DIR], ["/", "dist"]] });
const browser = await launchBrowser();

async function timeStep(page, start, done) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  });
  const t0 = Date.now();
  await start();
  await done();
  const ms = Date.now() - t0;
  const long = await page.evaluate(() => window.__long);
  return { ms, longest: Math.round(Math.max(0, ...long)), longTasks: long.length };
}

for (const n of SIZES) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(`${server.url}/?lang=en&analysis=path&data=${encodeURIComponent(`/data/${appFileName(n)}`)}`);
  await page.locator('[data-graph-status="ready"]').waitFor({ timeout: 120000 });
  await page.waitForFunction(() => performance.getEntriesByName("graph:layout-settled").length > 0, null, { timeout: 300000, polling: 500 });
  await page.waitForTimeout(1000);
  const measures = await timeStep(
    page,
    () => page.getByRole("button", { name: "Statistics" }).click(),
    () => page.getByText("Average path length", { exact: true }).waitFor({ timeout: 600000 }),
  );
  const communities = await timeStep(
    page,
    () => page.getByRole("button", { name: "Communities" }).click().then(() => page.getByLabel("community", { exact: true }).check()),
    () => page.getByText(/communities, modularity/).waitFor({ timeout: 600000 }),
  );
  const sampled = await page.getByRole("button", { name: "Statistics" }).click().then(() => page.getByText(/estimated from/).count());
  console.log(JSON.stringify({ nodes: n, measures, communities, sampled: sampled > 0 }));
  await page.close();
}
await browser.close();
await server.close();
