// One measured run: a fresh headless Chromium, one page, the figures of one job (a synthetic
// graph, the zoomed-in pan on the reference graph, or ours' embedded dataset).
// A hard time limit closes the browser, so a hung page cannot hang the bench; the figures
// gathered until then are kept.
import { launchBrowser } from "../tests/e2e/browser.mjs";
import { IMPLS, SETTLE_LIMIT_S } from "./impls.mjs";
import {
  heapUsed,
  installProbe,
  longTaskStats,
  measureInteraction,
  measureZoomPan,
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
 * A job is one kind of run on one graph:
 * - { kind: "synthetic", size, files, truth }: first render, the scripted sequence while the
 *   layout runs and at rest, long tasks, heap, layout quality (truth: the planted structure);
 * - { kind: "zoom-pan", graph, files }: first render, settle, then the zoomed-in pan;
 * - { kind: "seed" }: ours on its embedded dataset (files null), up to first render.
 * @param {string} base server URL
 * @param {string} impl key of IMPLS
 */
export async function runOnce(base, impl, job) {
  const result = { impl, kind: job.kind, size: job.size ?? null, graph: job.graph ?? null };
  const browser = await launchBrowser();
  result.browser = browser.version();
  let timer;
  const limit = new Promise((ok) => {
    timer = setTimeout(() => ok("limit"), LIMITS.runS * 1000);
  });
  const work = measure(browser, base, impl, job, result);
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

async function measure(browser, base, impl, job, result) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: "en-US" });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (err) => pageErrors.push(String(err?.message ?? err).split("\n")[0]));
  const t0 = Date.now();
  const phase = (name) => (result.timeline[name] = Math.round((Date.now() - t0) / 100) / 10);
  result.timeline = {}; // wall-clock seconds since navigation at the end of each phase
  result.pageErrors = pageErrors;
  try {
    await page.goto(base + IMPLS[impl].url(job.files ?? null), { waitUntil: "commit" });
    const rendered = await firstRender(page, result, pageErrors);
    phase("firstRender");
    if (!rendered || job.kind === "seed") return;
    if (job.kind === "zoom-pan") await zoomPanRun(page, impl, result, phase);
    else await syntheticRun(page, impl, job.truth, result, phase);
  } finally {
    result.pageErrors = pageErrors.slice(0, 3);
  }
}

/** Waits for graph:first-render; reads data-loaded and first render. False if there is none. */
async function firstRender(page, result, pageErrors) {
  const first = await waitForMark(page, ["graph:first-render"], LIMITS.firstRenderS * 1000, {
    bailMs: NO_RENDERER_BAIL_MS,
  });
  const marks = await readMarks(page);
  result.dataLoadedMs = marks["graph:data-loaded"] ?? null;
  result.firstRenderMs = marks["graph:first-render"] ?? null;
  if (first === "error") throw new Error(`the page shows an error${pageErrors[0] ? `: ${pageErrors[0]}` : ""}`);
  if (first === "absent") result.note = "no renderer (no canvas after the data loaded)";
  if (result.firstRenderMs == null && !result.note) result.note = `no first render in ${LIMITS.firstRenderS} s`;
  return result.firstRenderMs != null;
}

/** Waits until the layout settles, is stopped, or hits the limit: result.settle. */
async function waitSettle(page, impl, result) {
  const settle = await waitForMark(page, ["graph:layout-settled", "graph:layout-stopped"], LIMITS.settleS * 1000);
  const marks = await readMarks(page);
  result.settle =
    settle === "graph:layout-settled"
      ? { state: "settled", ms: marks[settle] }
      : settle === "graph:layout-stopped"
        ? { state: "stopped", ms: marks[settle], label: IMPLS[impl].stoppedLabel }
        : { state: "limit", ms: null, label: `not settled in ${LIMITS.settleS} s` };
}

async function syntheticRun(page, impl, truth, result, phase) {
  result.fpsLayout = await measureInteraction(page);
  const fpsLayoutEnd = await pageNow(page);
  phase("fpsLayout");
  await waitSettle(page, impl, result);
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
  phase("end");
}

/** Once the layout has settled (or stopped, or hit the limit): the zoomed-in pan. */
async function zoomPanRun(page, impl, result, phase) {
  await waitSettle(page, impl, result);
  phase("settle");
  result.zoomPan = await measureZoomPan(page);
  phase("zoomPan");
}
