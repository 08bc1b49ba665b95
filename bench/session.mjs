// One measured run: a fresh headless Chromium, one page, the whole sequence of figures.
// A hard time limit closes the browser, so a hung page cannot hang the bench; the figures
// gathered until then are kept.
import { launchBrowser } from "../tests/e2e/browser.mjs";
import { IMPLS, SETTLE_LIMIT_S } from "./impls.mjs";
import {
  heapUsed,
  installProbe,
  longTaskStats,
  measureInteraction,
  pageNow,
  readMarks,
  readPositions,
  waitForMark,
} from "./measure.mjs";
import { layoutQuality } from "./quality.mjs";

export const LIMITS = { firstRenderS: 45, settleS: SETTLE_LIMIT_S, runS: 120 };
const NO_RENDERER_BAIL_MS = 5_000;
const LONG_TASK_WINDOW_MS = 10_000;
const VIEWPORT = { width: 1600, height: 900 };

/**
 * @param {string} base server URL
 * @param {string} impl key of IMPLS
 * @param {number|null} size graph size, or null for our seed dataset (first render only)
 * @param {{community: Int32Array, edges: [number, number][]}|null} truth planted structure
 */
export async function runOnce(base, impl, size, truth) {
  const result = { impl, size };
  const browser = await launchBrowser();
  result.browser = browser.version();
  let timer;
  const limit = new Promise((ok) => {
    timer = setTimeout(() => ok("limit"), LIMITS.runS * 1000);
  });
  const work = measure(browser, base, impl, size, truth, result);
  work.catch(() => {});
  try {
    const outcome = await Promise.race([work.then(() => "done"), limit]);
    if (outcome === "limit") result.error = `hard limit of ${LIMITS.runS} s per run reached`;
  } catch (err) {
    result.error = String(err?.message ?? err).split("\n")[0];
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => {});
  }
  return result;
}

async function measure(browser, base, impl, size, truth, result) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: "en-US" });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (err) => pageErrors.push(String(err?.message ?? err).split("\n")[0]));
  const t0 = Date.now();
  const phase = (name) => (result.timeline[name] = Math.round((Date.now() - t0) / 100) / 10);
  result.timeline = {}; // wall-clock seconds since navigation at the end of each phase
  await page.goto(base + IMPLS[impl].url(size), { waitUntil: "commit" });

  const first = await waitForMark(page, ["graph:first-render"], LIMITS.firstRenderS * 1000, {
    bailMs: NO_RENDERER_BAIL_MS,
  });
  phase("firstRender");
  let marks = await readMarks(page);
  result.dataLoadedMs = marks["graph:data-loaded"] ?? null;
  result.firstRenderMs = marks["graph:first-render"] ?? null;
  if (first === "error") throw new Error(`the page shows an error${pageErrors[0] ? `: ${pageErrors[0]}` : ""}`);
  if (first === "absent") result.note = "no renderer (no canvas after the data loaded)";
  if (size == null || result.firstRenderMs == null) {
    if (result.firstRenderMs == null && !result.note) result.note = `no first render in ${LIMITS.firstRenderS} s`;
    result.pageErrors = pageErrors.slice(0, 3);
    return;
  }

  result.fpsLayout = await measureInteraction(page);
  const fpsLayoutEnd = await pageNow(page);
  phase("fpsLayout");
  const settle = await waitForMark(page, ["graph:layout-settled", "graph:layout-stopped"], LIMITS.settleS * 1000);
  marks = await readMarks(page);
  result.settle =
    settle === "graph:layout-settled"
      ? { state: "settled", ms: marks[settle] }
      : settle === "graph:layout-stopped"
        ? { state: "stopped", ms: marks[settle], label: IMPLS[impl].stoppedLabel }
        : { state: "limit", ms: null, label: `not settled in ${LIMITS.settleS} s` };
  phase("settle");
  result.fpsLayout.layoutDoneBeforeEnd = result.settle.ms != null && result.settle.ms < fpsLayoutEnd;

  result.fpsRest = await measureInteraction(page);
  phase("fpsRest");
  const now = await pageNow(page);
  if (now < LONG_TASK_WINDOW_MS) await page.waitForTimeout(LONG_TASK_WINDOW_MS - now);
  result.longTasks = await longTaskStats(page, result.firstRenderMs, LONG_TASK_WINDOW_MS);
  const heap = await heapUsed(page);
  result.heapMB = heap == null ? null : heap / 2 ** 20;
  const positions = await readPositions(page);
  result.quality = positions && truth ? layoutQuality(positions, truth.community, truth.edges) : null;
  if (!positions) result.note = "no positions() hook";
  result.pageErrors = pageErrors.slice(0, 3);
  phase("end");
}
