// Measurement helpers: the in-page probe (long tasks, requestAnimationFrame timestamps),
// the scripted zoom-and-pan sequence, waiting for the graph:* marks, heap and positions.

import { findDragStart } from "./spot.mjs";

/**
 * Runs in the page before any of its scripts (context.addInitScript): records main-thread
 * long tasks from the start, and frame timestamps between startFrames() and stopFrames().
 */
export function installProbe() {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    /* no long task API: counts stay empty */
  }
  let frames = null;
  const loop = (t) => {
    if (!frames) return;
    frames.push(t);
    requestAnimationFrame(loop);
  };
  window.__probe = {
    longTasks,
    startFrames() {
      frames = [];
      requestAnimationFrame(loop);
    },
    stopFrames() {
      const f = frames ?? [];
      frames = null;
      return f;
    },
  };
}

/** wheel events per zoom segment (d3-zoom: ×1.6 in total at deltaY 100; sigma: ×1.7 per event) */
const WHEEL_STEPS = 4;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, Math.max(0, ms)));

/** Page time (ms since navigation start). */
export const pageNow = (page) => page.evaluate(() => performance.now());

/** { name: startTime } of every graph:* mark so far. */
export function readMarks(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("graph:"))
        .map((m) => [m.name, m.startTime]),
    ),
  );
}

/**
 * Waits until one of the marks is set, until `deadline` (page time), or, with bailMs, until
 * the page shows data-graph-status ready/error for bailMs without any canvas (no renderer).
 * @returns {Promise<string|null>} the mark's name, "absent", "error", or null at the deadline
 */
export async function waitForMark(page, names, deadline, { bailMs = 0 } = {}) {
  const remaining = deadline - (await pageNow(page));
  if (remaining <= 0) return (await page.evaluate(findMark, names)) || null;
  try {
    const handle = await page.waitForFunction(
      ({ names, bailMs }) => {
        const found = names.find((n) => performance.getEntriesByName(n, "mark").length > 0);
        if (found) return found;
        if (document.querySelector('[data-graph-status="error"]')) return "error";
        if (bailMs && document.querySelector('[data-graph-status="ready"]')) {
          window.__readyAt ??= performance.now();
          if (performance.now() - window.__readyAt > bailMs && !document.querySelector("canvas")) return "absent";
        }
        return false;
      },
      { names, bailMs },
      { timeout: remaining, polling: 200 },
    );
    return await handle.jsonValue();
  } catch (err) {
    if (/Timeout/i.test(String(err?.message))) return null;
    throw err;
  }
}

function findMark(names) {
  return names.find((n) => performance.getEntriesByName(n, "mark").length > 0);
}

/** The rectangle to interact over: the largest canvas, else the viewport. */
export function canvasBox(page) {
  return page.evaluate(() => {
    let best = null;
    for (const c of document.querySelectorAll("canvas")) {
      const r = c.getBoundingClientRect();
      if (r.width * r.height > (best ? best.width * best.height : 0)) best = { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return best ?? { x: 0, y: 0, width: innerWidth, height: innerHeight, noCanvas: true };
  });
}

/**
 * 4 s of interaction in 8 segments of 0.5 s: a drag, the drag back, wheel zoom in, wheel
 * zoom out (at the centre), then the same with a vertical drag. Each pair undoes itself,
 * so the view ends about where it began. Drags start at `start` (an empty spot, so they pan
 * rather than grab a node) and head towards the centre. Steps are scheduled by the clock;
 * an input event the page has not taken by the end of the 4 s is left queued and the steps
 * after it are dropped, so the sequence ends on time even on a page that cannot keep up.
 */
export async function scriptedInteraction(page, box, start, durationMs = 4000) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const D = Math.min(box.width, box.height) * 0.25;
  const dx = start.x < cx ? D : -D;
  const dy = start.y < cy ? D : -D;
  const segments = [
    ["drag", dx, 0], ["drag", -dx, 0], ["wheel", -100], ["wheel", 100],
    ["drag", 0, dy], ["drag", 0, -dy], ["wheel", -100], ["wheel", 100],
  ];
  const seg = durationMs / segments.length;
  const steps = 8; // pointer moves per drag
  const t0 = Date.now();
  const end = t0 + durationMs;
  /** runs an input step unless the time is up; false once it is (the step may stay queued) */
  const input = async (op) => {
    if (Date.now() >= end) return false;
    const done = op().then(
      () => true,
      () => true,
    );
    return Promise.race([done, sleep(end - Date.now()).then(() => false)]);
  };
  let at = { x: start.x, y: start.y };
  let ok = true;
  for (let s = 0; s < segments.length && ok; s++) {
    const [kind, a, b] = segments[s];
    const segStart = t0 + s * seg;
    if (Date.now() > segStart + seg) continue;
    await sleep(segStart - Date.now());
    if (kind === "wheel") {
      ok = await input(() => page.mouse.move(cx, cy));
      for (let i = 0; i < WHEEL_STEPS && ok && Date.now() < segStart + seg; i++) {
        ok = await input(() => page.mouse.wheel(0, a));
        await sleep(segStart + ((i + 1) * seg) / WHEEL_STEPS - Date.now());
      }
      at = { x: start.x, y: start.y };
    } else {
      const from = at;
      ok = (await input(() => page.mouse.move(from.x, from.y))) && (await input(() => page.mouse.down()));
      for (let i = 1; i <= steps && ok; i++) {
        at = { x: from.x + (a * i) / steps, y: from.y + (b * i) / steps };
        ok = await input(() => page.mouse.move(at.x, at.y));
        if (Date.now() >= segStart + seg) break;
        await sleep(segStart + (i * seg) / steps - Date.now());
      }
      // always release the button, even late, so the next sequence starts clean
      const released = page.mouse.up().catch(() => {});
      await Promise.race([released, sleep(end - Date.now())]);
    }
  }
  await sleep(end - Date.now());
}

/**
 * Frame rate and 95th-percentile frame interval while the scripted sequence runs. The drag
 * start is chosen from a screenshot just before (outside the measured window).
 */
export async function measureInteraction(page, durationMs = 4000) {
  const box = await canvasBox(page);
  const start = await findDragStart(page, box);
  await page.evaluate(() => window.__probe.startFrames());
  await scriptedInteraction(page, box, start, durationMs);
  const frames = await page.evaluate(() => window.__probe.stopFrames());
  return { ...frameStats(frames), dragClearancePx: start.clearance };
}

/** @param {number[]} frames rAF timestamps */
export function frameStats(frames) {
  if (frames.length < 2) return { fps: frames.length ? 0 : null, p95: null, frames: frames.length };
  const intervals = [];
  for (let i = 1; i < frames.length; i++) intervals.push(frames[i] - frames[i - 1]);
  intervals.sort((a, b) => a - b);
  const span = frames[frames.length - 1] - frames[0];
  return {
    fps: ((frames.length - 1) * 1000) / span,
    p95: intervals[Math.min(intervals.length - 1, Math.ceil(intervals.length * 0.95) - 1)],
    max: intervals[intervals.length - 1],
    frames: frames.length,
  };
}

/** Long tasks in the first `windowMs` (count, total, longest) and the longest after first render. */
export async function longTaskStats(page, firstRender, windowMs = 10_000) {
  const tasks = await page.evaluate(() => window.__probe.longTasks.slice());
  const early = tasks.filter(([start]) => start < windowMs);
  const after = firstRender == null ? [] : tasks.filter(([start]) => start >= firstRender);
  return {
    count: early.length,
    totalMs: early.reduce((s, [, d]) => s + d, 0),
    longestMs: early.reduce((m, [, d]) => Math.max(m, d), 0),
    longestAfterFirstRenderMs: firstRender == null ? null : after.reduce((m, [, d]) => Math.max(m, d), 0),
    all: tasks.length,
  };
}

/** JS heap of the page's main thread after a forced GC (CDP), in bytes. */
export async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage").catch(() => {});
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Final positions (x,y interleaved in file order) from window.__bench or window.__coopnet, or null. */
export function readPositions(page) {
  return page.evaluate(() => {
    const hook = window.__bench ?? window.__coopnet;
    if (typeof hook?.positions !== "function") return null;
    return Array.from(hook.positions() ?? [], (v) => (Number.isFinite(v) ? v : null));
  });
}
