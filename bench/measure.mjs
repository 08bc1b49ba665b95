// Measurement helpers: the in-page probe (long tasks, requestAnimationFrame timestamps),
// the clock-paced input sequences (the 4-s scripted sequence, the zoomed-in pan), waiting for
// the graph:* marks, heap and positions.

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

/** deltaY of one wheel notch (what Chromium sends for one notch of a mouse wheel) */
const NOTCH = 100;
/**
 * How much one notch zooms in d3-zoom with its default wheelDelta (ours and force-graph both
 * use it): 2^(deltaY · 0.002), ×1.15. Sigma zooms ×1.7 per event.
 */
export const D3_ZOOM_PER_NOTCH = 2 ** (NOTCH * 0.002);

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
 * Plays input segments back to back, paced by the clock. A segment is
 *   { kind: "wheel", at: {x, y}, deltaY, count, ms }: `count` wheel events at `at`, ms/count apart;
 *   { kind: "drag", from: {x, y} | null, dx, dy, count, ms }: press at `from` (null: where the
 *     last drag ended), `count` pointer moves to +dx,+dy, ms/count apart, release at the end.
 * The sequence lasts `durationMs` (at least the segments' total): a segment whose time has
 * passed is skipped, one that runs over its time is cut short, and an input event the page has
 * not taken by the end is left queued and the steps after it dropped, so the sequence ends on
 * time even on a page that cannot keep up.
 */
export async function playSegments(page, segments, durationMs = 0) {
  const t0 = Date.now();
  const end = t0 + Math.max(durationMs, segments.reduce((s, g) => s + g.ms, 0));
  /** runs an input step unless the time is up; false once it is (the step may stay queued) */
  const input = async (op) => {
    if (Date.now() >= end) return false;
    const done = op().then(
      () => true,
      () => true,
    );
    return Promise.race([done, sleep(end - Date.now()).then(() => false)]);
  };
  let at = segments.find((g) => g.kind === "drag")?.from; // where the pointer is after a drag
  let ok = true;
  let segStart = t0;
  for (const seg of segments) {
    if (!ok) break;
    const segEnd = segStart + seg.ms;
    const stepAt = (i) => segStart + (i * seg.ms) / seg.count;
    if (Date.now() <= segEnd) {
      await sleep(segStart - Date.now());
      if (seg.kind === "wheel") {
        ok = await input(() => page.mouse.move(seg.at.x, seg.at.y));
        for (let i = 0; i < seg.count && ok && Date.now() < segEnd; i++) {
          ok = await input(() => page.mouse.wheel(0, seg.deltaY));
          await sleep(stepAt(i + 1) - Date.now());
        }
      } else {
        const from = seg.from ?? at;
        ok = (await input(() => page.mouse.move(from.x, from.y))) && (await input(() => page.mouse.down()));
        for (let i = 1; i <= seg.count && ok; i++) {
          at = { x: from.x + (seg.dx * i) / seg.count, y: from.y + (seg.dy * i) / seg.count };
          ok = await input(() => page.mouse.move(at.x, at.y));
          if (Date.now() >= segEnd) break;
          await sleep(stepAt(i) - Date.now());
        }
        // always release the button, even late, so the next sequence starts clean
        const released = page.mouse.up().catch(() => {});
        await Promise.race([released, sleep(end - Date.now())]);
      }
    }
    segStart = segEnd;
  }
  await sleep(end - Date.now());
}

const centreOf = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * The 4-s sequence in 8 segments of 0.5 s: a drag, the drag back, 4 wheel notches in, 4 out
 * (at the centre), then the same with a vertical drag. Each pair undoes itself, so the view
 * ends about where it began. Drags start at `start` (an empty spot, so they pan rather than
 * grab a node) and head towards the centre.
 */
export function scriptedSegments(box, start, durationMs = 4000) {
  const c = centreOf(box);
  const D = Math.min(box.width, box.height) * 0.25;
  const dx = start.x < c.x ? D : -D;
  const dy = start.y < c.y ? D : -D;
  const ms = durationMs / 8;
  const drag = (from, dx, dy) => ({ kind: "drag", from, dx, dy, count: 8, ms });
  const wheel = (deltaY) => ({ kind: "wheel", at: c, deltaY, count: 4, ms });
  return [
    drag(start, dx, 0), drag(null, -dx, 0), wheel(-NOTCH), wheel(NOTCH),
    drag(start, 0, dy), drag(null, 0, -dy), wheel(-NOTCH), wheel(NOTCH),
  ];
}

/** The zoomed-in pan: notches in at the centre, a drag pan from `start`, notches out. */
export const ZOOM_PAN = { notches: 5, dragSteps: 12, stepMs: 100, tailMs: 300 };

/**
 * ZOOM_PAN as segments: 5 notches in at the centre, a 12-step drag from `start` (a point of
 * the zoomed-in view) a quarter of the canvas' shorter side towards the centre on both axes, 5 notches
 * out; one step every 100 ms (2.2 s), then 300 ms with no input, so the frame that redraws
 * the view at rest after the gesture is counted too.
 */
export function zoomPanSegments(box, start, z = ZOOM_PAN) {
  const c = centreOf(box);
  const D = Math.min(box.width, box.height) * 0.25;
  const wheel = (deltaY) => ({ kind: "wheel", at: c, deltaY, count: z.notches, ms: z.notches * z.stepMs });
  const drag = {
    kind: "drag", from: start, dx: start.x < c.x ? D : -D, dy: start.y < c.y ? D : -D,
    count: z.dragSteps, ms: z.dragSteps * z.stepMs,
  };
  return [wheel(-NOTCH), drag, wheel(NOTCH)];
}

/** Frame statistics while `play` runs: every requestAnimationFrame timestamp in between. */
async function framesDuring(page, play) {
  await page.evaluate(() => window.__probe.startFrames());
  await play();
  return frameStats(await page.evaluate(() => window.__probe.stopFrames()));
}

/**
 * Frame rate and 95th-percentile frame interval while the 4-s scripted sequence runs. The
 * drag start is chosen from a screenshot just before (outside the measured window).
 */
export async function measureInteraction(page, durationMs = 4000) {
  const box = await canvasBox(page);
  const start = await findDragStart(page, box);
  const stats = await framesDuring(page, () => playSegments(page, scriptedSegments(box, start, durationMs), durationMs));
  return { ...stats, dragClearancePx: start.clearance };
}

/**
 * The same figures over ZOOM_PAN. The drag starts at a spot that is empty once zoomed in:
 * found in a screenshot before the sequence, among the points that stay in view after the
 * notches in (a zoom by D3_ZOOM_PER_NOTCH^5 = ×2 about the centre), and mapped through it.
 */
export async function measureZoomPan(page) {
  const box = await canvasBox(page);
  const zoom = D3_ZOOM_PER_NOTCH ** ZOOM_PAN.notches;
  const start = await findDragStart(page, box, { zoom, about: centreOf(box) });
  const segments = zoomPanSegments(box, start);
  const durationMs = segments.reduce((s, g) => s + g.ms, 0) + ZOOM_PAN.tailMs;
  const stats = await framesDuring(page, () => playSegments(page, segments, durationMs));
  return { ...stats, durationMs, dragClearancePx: start.clearance };
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
