// The network view in a real browser: the readiness marks, a picture on the canvas,
// hover (tooltip and highlight), click to select (in the URL), drag to pin, zoom.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, waitForStatus } from "./helpers.mjs";

async function settled(page) {
  await page.waitForFunction(() => performance.getEntriesByName("graph:layout-settled").length > 0, null, { timeout: 30000 });
}
const at = (page, id) => page.evaluate((nodeId) => window.__coopnet.screenPosition(nodeId), id);
/** waits until the node is drawn within 2 px of the point (the camera or the node has come there) */
const reaches = (page, id, point) =>
  page.waitForFunction(
    ({ id, x, y }) => {
      const p = window.__coopnet.screenPosition(id);
      return p && Math.abs(p.x - x) < 2 && Math.abs(p.y - y) < 2;
    },
    { id, ...point },
    { timeout: 10000 },
  );
/** waits until two nodes are drawn more than `ratio` times as far apart as they were */
const spreadApart = (page, a, b, d0, ratio) =>
  page.waitForFunction(
    ({ a, b, least }) => {
      const p = window.__coopnet.screenPosition(a), q = window.__coopnet.screenPosition(b);
      return p && q && Math.hypot(p.x - q.x, p.y - q.y) > least;
    },
    { a, b, least: d0 * ratio },
    { timeout: 10000 },
  );
/** how many distinct colours a sample of the canvas holds: a blank canvas has one */
const colours = (page) =>
  page.evaluate(() => {
    const c = document.querySelector("canvas.graph-canvas");
    const probe = document.createElement("canvas");
    probe.width = 200;
    probe.height = 120;
    const ctx = probe.getContext("2d");
    ctx.drawImage(c, 0, 0, probe.width, probe.height);
    const data = ctx.getImageData(0, 0, probe.width, probe.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  });

test("the marks come in order and the canvas shows the network", async () => {
  const app = await openApp({ lang: "en" });
  try {
    await waitForStatus(app.page, "ready");
    await settled(app.page);
    const marks = await app.page.evaluate(() =>
      ["graph:data-loaded", "graph:first-render", "graph:layout-settled"].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? -1),
    );
    assert.ok(marks.every((t) => t > 0), `all marks set: ${marks}`);
    assert.ok(marks[0] <= marks[1] && marks[1] <= marks[2], `in order: ${marks}`);
    assert.ok((await colours(app.page)) > 20, "the canvas is not blank");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("hovering a node shows its tooltip and clicking selects it in the URL", async () => {
  const app = await openApp({ lang: "en" });
  try {
    await settled(app.page);
    const p = await at(app.page, "sisu");
    assert.ok(p, "the node has a position");
    await app.page.mouse.move(p.x, p.y);
    const tooltip = app.page.getByRole("tooltip");
    await tooltip.waitFor();
    assert.match(await tooltip.innerText(), /Sichuan International Studies University/);
    await app.page.mouse.click(p.x, p.y);
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get("node") === "sisu");
    // back to no selection: a click on empty stage
    const box = await app.page.locator("canvas.graph-canvas").boundingBox();
    await app.page.mouse.click(box.x + box.width - 30, box.y + 30);
    await app.page.waitForFunction(() => !new URL(location.href).searchParams.has("node"));
    await app.page.goBack();
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get("node") === "sisu");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("dragging a node pins it where it is dropped, and the wheel zooms", async () => {
  const app = await openApp({ lang: "zh" });
  try {
    await settled(app.page);
    const p = await at(app.page, "rongchang");
    await app.page.mouse.move(p.x, p.y);
    await app.page.mouse.down();
    for (let i = 1; i <= 10; i++) await app.page.mouse.move(p.x + i * 12, p.y + i * 6);
    await app.page.mouse.up();
    // pinned at the drop point
    const q = { x: p.x + 120, y: p.y + 60 };
    await reaches(app.page, "rongchang", q);
    const before = await at(app.page, "sisu");
    await app.page.mouse.move(q.x, q.y);
    await app.page.mouse.wheel(0, -400);
    // zooming in spreads nodes apart
    await spreadApart(app.page, "sisu", "rongchang", Math.hypot(before.x - q.x, before.y - q.y), 1.3);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the keyboard zooms and fits the view", async () => {
  const app = await openApp({ lang: "en" });
  try {
    await settled(app.page);
    const a0 = await at(app.page, "sisu");
    const b0 = await at(app.page, "rongchang");
    await app.page.locator("canvas.graph-canvas").focus();
    await app.page.keyboard.press("+");
    await app.page.keyboard.press("+");
    await spreadApart(app.page, "sisu", "rongchang", Math.hypot(a0.x - b0.x, a0.y - b0.y), 1.4);
    // 0 fits the view as it was
    await app.page.keyboard.press("0");
    await reaches(app.page, "sisu", a0);
  } finally {
    await app.close();
  }
});
