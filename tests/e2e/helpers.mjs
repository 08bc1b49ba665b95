// Drivers for the end-to-end tests: open the app with URL parameters, wait for the
// contract's readiness signal, read the table the way a person (or a screen reader) would.
import { createRequire } from "node:module";
import { launchBrowser } from "./browser.mjs";

export const BASE = process.env.E2E_BASE_URL ?? "http://127.0.0.1:4173";

export async function openApp(params = {}, { viewport = { width: 1280, height: 800 }, locale = "zh-CN", bypassCSP = false } = {}) {
  const browser = await launchBrowser();
  // bypassCSP only for injecting test tools (axe): the app's own policy forbids inline scripts
  const context = await browser.newContext({ viewport, locale, bypassCSP });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(err));
  const search = new URLSearchParams(params).toString();
  await page.goto(`${BASE}/${search ? `?${search}` : ""}`);
  return { browser, context, page, errors, close: () => browser.close() };
}

export async function waitForStatus(page, status, timeout = 15000) {
  await page.locator(`[data-graph-status="${status}"]`).waitFor({ timeout });
}

/** Scrolls a virtualized table from top to bottom and returns the text of every row's first cell. */
export async function readAllTableNames(page) {
  return page.evaluate(async () => {
    const table = document.querySelector('[role="table"]');
    const scroller = table;
    const names = new Map();
    scroller.scrollTop = 0;
    for (let guard = 0; guard < 10000; guard++) {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const row of table.querySelectorAll('[role="rowgroup"] [role="row"][aria-rowindex]')) {
        const index = Number(row.getAttribute("aria-rowindex"));
        if (index > 1) names.set(index, row.querySelector('[role="cell"]').textContent.trim());
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += scroller.clientHeight * 0.8;
    }
    return [...names.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  });
}

/** Waits until a node is drawn at the same place at two polls 100 ms apart (the camera and the layout rest). */
export async function waitForStill(page, id, timeout = 10000) {
  await page.waitForFunction(
    (nodeId) => {
      const p = window.__coopnet?.screenPosition(nodeId);
      if (!p) return false;
      const seen = (window.__lastSeen ??= {});
      const last = seen[nodeId];
      seen[nodeId] = p;
      return Boolean(last) && Math.abs(last.x - p.x) < 0.5 && Math.abs(last.y - p.y) < 0.5;
    },
    id,
    { polling: 100, timeout },
  );
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * The serious and critical accessibility violations axe finds in the page, or in the element
 * the selector names ("id: targets" each). The page must be opened with bypassCSP: axe is injected.
 */
export async function seriousViolations(page, selector = null) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (sel) => {
    const r = await window.axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ["violations"] });
    return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  }, selector);
}
