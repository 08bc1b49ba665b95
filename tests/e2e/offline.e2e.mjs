// The offline copy: downloaded from the built app, opened from a file:// URL with every
// request blocked, it starts on the graph and the view it was made from and keeps working
// (search, the detail panel, opening a file, the layout worker). And the built app itself
// asks no other host for anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser } from "./browser.mjs";
import { BASE, openApp, waitForStatus } from "./helpers.mjs";

const summary = (page) => page.locator(".legend__summary").innerText();
const isLocal = (url) => url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:");

async function searchAndOpen(page, text) {
  const field = page.getByRole("combobox", { name: /Search|搜索/ });
  await field.fill(text);
  await field.press("Enter");
  return page.locator("aside h2").innerText();
}

/** A page in a fresh browser where only file:, blob: and data: URLs load; the rest is aborted and recorded. */
async function openOffline(path) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  const attempted = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("request", (r) => {
    if (!isLocal(r.url())) attempted.push(r.url());
  });
  const errors = [];
  page.on("pageerror", (err) => errors.push(err));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`file://${path}`);
  return { browser, page, attempted, errors, violations: () => page.evaluate(() => window.__violations) };
}

test("the offline copy opens from disk with no network, on the view it was made from, and a node's panel reads", async () => {
  const app = await openApp({ lang: "en", hideType: "event" });
  const dir = mkdtempSync(join(tmpdir(), "coopnet-offline-"));
  const [path, again] = [join(dir, "copy.html"), join(dir, "copy-of-copy.html")];
  let shownOnline;
  try {
    await waitForStatus(app.page, "ready");
    shownOnline = await summary(app.page);
    await app.page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([app.page.waitForEvent("download"), app.page.getByRole("menuitem", { name: "Offline copy" }).click()]);
    assert.match(download.suggestedFilename(), /-offline\.html$/);
    await download.saveAs(path);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }

  const html = readFileSync(path, "utf8");
  // the page's own elements, without the inline code (which writes such tags as text: the Embed dialog's snippets)
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, "$1</script>");
  assert.doesNotMatch(markup, /<script[^>]+\bsrc=|<link[^>]+rel="(?:stylesheet|modulepreload)"/, "nothing is loaded from another file");
  const graph = JSON.parse(/<script type="application\/json" id="coopnet-offline-data">([^<]*)<\/script>/.exec(html)[1]);
  const dataset = JSON.parse(readFileSync("data/chengyu-education.json", "utf8"));
  assert.equal(graph.nodes.length, dataset.nodes.length, "the whole graph, not only the nodes shown");
  assert.deepEqual(graph.meta.sources, dataset.meta.sources, "with its sources");
  assert.ok(graph.nodes.every((n) => Number.isFinite(n.position?.x)), "at the drawn positions");

  const offline = await openOffline(path);
  try {
    const { page } = offline;
    await waitForStatus(page, "ready");
    // the carried view: English, events hidden, although the browser speaks Chinese
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.equal(await summary(page), shownOnline);
    assert.match(page.url(), /\?lang=en&hideType=event$/);
    assert.equal(await searchAndOpen(page, "sichuan waiguoyu"), "Sichuan International Studies University");
    assert.match(await page.locator("aside").innerText(), /Relations \(4\)/i);
    assert.match(page.url(), /node=/);

    // the layout worker runs (from a blob: URL, as the page's policy allows)
    const before = await page.evaluate(() => window.__coopnet.positions().slice(0, 4));
    await page.getByRole("button", { name: "Re-run layout" }).click();
    await page.waitForFunction((b) => window.__coopnet.positions().slice(0, 4).some((v, i) => Math.abs(v - b[i]) > 1e-3), before, { timeout: 20000 });

    // and the parse worker: a GEXF file opens
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: /Open/ }).click()]);
    await chooser.setFiles("tests/fixtures/formats/gephi-1.3.gexf");
    await page.locator(".local-note").waitFor();
    await waitForStatus(page, "ready");

    // a copy of the copy carries the graph now shown
    await page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Offline copy" }).click()]);
    await download.saveAs(again);

    assert.deepEqual(offline.attempted, [], "no request left the page");
    assert.deepEqual(await offline.violations(), [], "nothing broke the Content-Security-Policy");
    assert.deepEqual(offline.errors, []);
  } finally {
    await offline.browser.close();
  }

  const second = await openOffline(again);
  try {
    await waitForStatus(second.page, "ready");
    const gexfNodes = (readFileSync("tests/fixtures/formats/gephi-1.3.gexf", "utf8").match(/<node /g) ?? []).length;
    assert.match(await summary(second.page), new RegExp(`^${gexfNodes} of ${gexfNodes} nodes`));
    assert.deepEqual(second.attempted, []);
    assert.deepEqual(await second.violations(), []);
    assert.deepEqual(second.errors, []);
  } finally {
    await second.browser.close();
  }
});

test("the built app asks no other host for anything", async () => {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
    const origin = new URL(BASE).origin;
    const foreign = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || isLocal(url)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await waitForStatus(page, "ready");
    assert.equal(await searchAndOpen(page, "川外"), "四川外国语大学");
    await page.getByRole("button", { name: "表格" }).click();
    await page.getByRole("table").waitFor();
    await page.getByRole("button", { name: /English/ }).click();
    await page.getByRole("button", { name: "Export" }).click();
    await page.getByRole("menuitem", { name: "Offline copy" }).waitFor();
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});
