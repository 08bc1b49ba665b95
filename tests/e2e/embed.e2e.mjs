// Embedding across origins: examples/portal.html served from one server, the app from
// another (under a sub-path), so the frames are really cross-origin. Checks ready, select in
// both directions, coopnet:set of the language, resize, an error for a bad data=, and that
// a frame whose origins= names another origin neither obeys nor tells the portal.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser } from "./browser.mjs";
import { startServer } from "./server.mjs";

let appServer;
let portalServer;
let browser;
let page;
const errors = [];
const cspViolations = [];

before(async () => {
  appServer = await startServer({ mounts: [["/edunet/", "dist"], ["/__fixtures__/", "tests/fixtures"]] });
  portalServer = await startServer({ mounts: [["/", "examples"]] });
  assert.notEqual(new URL(appServer.url).origin, new URL(portalServer.url).origin);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on("pageerror", (err) => errors.push(err));
  // the console of every frame: the app runs under its own policy, the portal under its own
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && cspViolations.push(m.text()));
  await page.goto(`${portalServer.url}/portal.html?app=${encodeURIComponent(`${appServer.url}/edunet/`)}`);
});

after(async () => {
  await browser?.close();
  await appServer?.close();
  await portalServer?.close();
});

const logEntries = (id) => page.locator(`#${id} li`).allInnerTexts();
const waitForLog = (id, pattern) =>
  page.waitForFunction(([list, source]) => [...document.querySelectorAll(`#${list} li`)].some((li) => new RegExp(source).test(li.textContent)), [id, pattern.source]);
const appFrame = (selector) => page.frameLocator(selector);

test("both embeds say they are ready, with the counts of the graph", async () => {
  await waitForLog("frame-log", /"type":"coopnet:ready","nodes":\d+,"edges":\d+/);
  await waitForLog("element-log", /^coopnet-ready \{"type":"coopnet:ready","nodes":\d+/);
});

test("a portal's coopnet:select opens the node, and a click in the frame tells the portal", async () => {
  await page.getByRole("button", { name: "Select 四川外国语大学" }).click();
  const frame = appFrame("#frame");
  await frame.getByRole("heading", { level: 2, name: "四川外国语大学" }).waitFor();
  await waitForLog("frame-log", /"type":"coopnet:select","id":"sisu"/);

  const child = await page.locator("#frame").elementHandle().then((h) => h.contentFrame());
  await child.waitForFunction(() => window.__coopnet?.screenPosition("cqu"));
  const at = await child.evaluate(() => window.__coopnet.screenPosition("cqu"));
  const box = await page.locator("#frame").boundingBox();
  await page.mouse.click(box.x + 1 + at.x, box.y + 1 + at.y);
  await waitForLog("frame-log", /"type":"coopnet:select","id":"cqu"/);
  await frame.getByRole("heading", { level: 2, name: "重庆大学" }).waitFor();
});

test("coopnet:set changes the language of the frame, and coopnet:get answers with the view", async () => {
  const frame = appFrame("#frame");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await frame.getByRole("combobox", { name: /Search/ }).waitFor();
  await page.getByRole("button", { name: "Get the view" }).click();
  await waitForLog("frame-log", /"type":"coopnet:state".*"lang":"en","node":"cqu"/);
});

test("the element follows its attributes through messages, without reloading the frame", async () => {
  const frame = appFrame("#element iframe");
  await frame.getByRole("combobox", { name: /Search/ }).waitFor();
  const src = await page.locator("#element iframe").getAttribute("src");
  assert.match(src, /^http:\/\/127\.0\.0\.1:\d+\/edunet\/\?embed=1&lang=en&origins=http/);
  await page.getByRole("button", { name: 'node="cqu"' }).click();
  await frame.getByRole("heading", { level: 2, name: "Chongqing University" }).waitFor();
  await waitForLog("element-log", /^coopnet-select \{"type":"coopnet:select","id":"cqu"\}/);
  await page.getByRole("button", { name: 'lang="zh"' }).click();
  await frame.getByRole("heading", { level: 2, name: "重庆大学" }).waitFor();
  assert.equal(await page.locator("#element iframe").getAttribute("src"), src);
  const state = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const element = document.getElementById("element");
        element.addEventListener("coopnet-state", (e) => resolve(e.detail), { once: true });
        element.send({ type: "coopnet:get" });
      }),
  );
  assert.deepEqual([state.lang, state.node, new URLSearchParams(state.params).get("embed")], ["zh", "cqu", "1"]);
});

test("the frames take the height their content asks for, with no inner scrollbar", async () => {
  for (const [selector, log] of [["#frame", "frame-log"], ["#element iframe", "element-log"]]) {
    const child = await page.locator(selector).elementHandle().then((h) => h.contentFrame());
    // the content settles (the panel's text, fonts) and the frame follows the last height asked for
    await child.waitForFunction(() => {
      const doc = document.documentElement;
      const body = document.querySelector(".detail-panel__body");
      return doc.scrollHeight <= doc.clientHeight && doc.scrollWidth <= doc.clientWidth && (!body || body.scrollHeight <= body.clientHeight);
    }, undefined, { timeout: 15000, polling: 100 });
    const entries = (await logEntries(log)).filter((t) => t.includes("coopnet:resize"));
    assert.ok(entries.length > 0, `${selector}: no coopnet:resize`);
    const wanted = Number(/"height":(\d+)/.exec(entries.at(-1))[1]);
    const viewport = await child.evaluate(() => document.documentElement.clientHeight);
    assert.equal(viewport, wanted, selector);
  }
});

test("a bad data= reaches the portal as coopnet:error", async () => {
  const message = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.createElement("coopnet-graph");
        el.setAttribute("data", "/__fixtures__/broken/nameless-node.json");
        el.setAttribute("lang", "en");
        el.addEventListener("coopnet-error", (e) => resolve(e.detail.message));
        document.querySelector("main").append(el);
      }),
  );
  assert.match(message, /nameless-node\.json/);
  assert.match(message, /nodes\[0\]\.name/);
});

test("a frame whose origins= names another origin ignores the portal's messages and tells it nothing", async () => {
  const other = "http://127.0.0.1:9";
  await page.evaluate(([src]) => {
    const frame = document.createElement("iframe");
    frame.id = "foreign";
    frame.src = src;
    window.fromForeign = [];
    window.addEventListener("message", (e) => e.source === frame.contentWindow && window.fromForeign.push(e.data));
    document.querySelector("main").append(frame);
  }, [`${appServer.url}/edunet/?embed=1&lang=en&origins=${encodeURIComponent(other)}`]);
  await page.locator("#foreign").scrollIntoViewIfNeeded();
  const child = await page.locator("#foreign").elementHandle().then((h) => h.contentFrame());
  await child.locator('[data-graph-status="ready"]').waitFor();
  await child.waitForFunction(() => performance.getEntriesByName("graph:first-render").length > 0);

  // the app's listener was bound before this one, so once this one has the message, the app has seen it
  const seen = child.evaluate(() => new Promise((resolve) => addEventListener("message", (e) => resolve(e.data), { once: true })));
  await page.evaluate((origin) => document.getElementById("foreign").contentWindow.postMessage({ type: "coopnet:select", id: "sisu" }, origin), new URL(appServer.url).origin);
  assert.deepEqual(await seen, { type: "coopnet:select", id: "sisu" });
  assert.equal(await child.evaluate(() => new URLSearchParams(location.search).get("node")), null);
  assert.equal(await child.locator("aside").count(), 0);

  // a probe posted after the app's ready would have been posted arrives after it: nothing came before it
  await child.evaluate(() => parent.postMessage({ probe: true }, "*"));
  await page.waitForFunction(() => window.fromForeign.some((m) => m?.probe));
  assert.deepEqual(await page.evaluate(() => window.fromForeign), [{ probe: true }]);
  assert.deepEqual(errors, []);
  assert.deepEqual(cspViolations, []);
});

test("the Embed dialog writes every parameter of the view into both snippets, previews it and copies", async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: appServer.url });
  const app = await context.newPage();
  await app.goto(`${appServer.url}/edunet/?lang=en&node=cqu&hideType=event&layout=two-cities&year=2024`);
  await app.getByRole("button", { name: "Export" }).click();
  await app.getByRole("menuitem", { name: "Embed" }).click();
  const dialog = app.getByRole("dialog", { name: "Embed this view" });
  const iframeSnippet = await dialog.getByLabel("As an iframe").inputValue();
  const src = new URL(/src="([^"]+)"/.exec(iframeSnippet)[1].replaceAll("&amp;", "&"));
  assert.equal(src.origin + src.pathname, `${appServer.url}/edunet/`);
  assert.deepEqual(Object.fromEntries(src.searchParams), { lang: "en", node: "cqu", embed: "1", hideType: "event", layout: "two-cities", year: "2024" });
  const elementSnippet = await dialog.getByLabel(/As a script tag/).inputValue();
  assert.match(elementSnippet, new RegExp(`<script src="${appServer.url}/edunet/embed.js" defer></script>`));
  const element = /<coopnet-graph src="([^"]+)" lang="en" node="cqu" height="auto"><\/coopnet-graph>/.exec(elementSnippet);
  assert.ok(element, elementSnippet);
  const elementSrc = new URL(element[1].replaceAll("&amp;", "&"));
  assert.deepEqual(Object.fromEntries(elementSrc.searchParams), { hideType: "event", layout: "two-cities", year: "2024" });

  await dialog.frameLocator("iframe").getByRole("heading", { level: 2, name: "Chongqing University" }).waitFor();
  await dialog.getByRole("button", { name: "Copy" }).first().click();
  await dialog.getByRole("status").filter({ hasText: "Copied" }).waitFor();
  assert.equal(await app.evaluate(() => navigator.clipboard.readText()), iframeSnippet);
  await app.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  await context.close();
});

test("at 320 px the embed has no horizontal scrollbar, folds search away and shows the panel as a bottom sheet", async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 560 } });
  const app = await context.newPage();
  await app.goto(`${appServer.url}/edunet/?embed=1&lang=zh&node=sisu&origins=https://portal.example`);
  await app.getByRole("heading", { level: 2, name: "四川外国语大学" }).waitFor();
  assert.equal(await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  const search = app.getByRole("combobox", { name: /搜索/ });
  assert.equal(await search.isVisible(), false);
  await app.getByRole("button", { name: "显示搜索框" }).click();
  await search.waitFor();
  await app.waitForFunction(() => document.activeElement?.getAttribute("role") === "combobox");
  assert.equal(await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);

  const sheet = await app.locator(".detail-panel").boundingBox();
  assert.deepEqual([sheet.x, sheet.width, Math.round(sheet.y + sheet.height)], [0, 320, 560]);
  const full = new URL(await app.getByRole("link", { name: "打开完整视图" }).getAttribute("href"));
  assert.deepEqual(Object.fromEntries(full.searchParams), { lang: "zh", node: "sisu" });
  await context.close();
});
