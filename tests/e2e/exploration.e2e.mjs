// Exploring in a real browser: finding 四川外国语大学 by alias, pinyin and English, its
// panel with quotes, following a relation, filtering to vocational colleges and back,
// a copied URL giving the same view, switching language, and an accessibility scan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, waitForStatus, seriousViolations } from "./helpers.mjs";


async function find(page, text) {
  // the pointer off the results: hovering an option makes it the one Enter picks
  await page.mouse.move(0, 0);
  const box = page.getByRole("combobox", { name: /搜索|Search/ });
  await box.fill(text);
  await page.getByRole("listbox", { name: /搜索结果|Search results/ }).getByRole("option").first().waitFor();
  await box.press("Enter");
}
const heading = (page) => page.getByRole("complementary").getByRole("heading", { level: 2 });

test("a person finds 四川外国语大学 by alias, by pinyin and by its English name", async () => {
  const app = await openApp({ lang: "zh" });
  try {
    await waitForStatus(app.page, "ready");
    await find(app.page, "川外");
    assert.equal(await heading(app.page).innerText(), "四川外国语大学");
    assert.equal(new URL(app.page.url()).searchParams.get("node"), "sisu");
    await app.page.getByRole("button", { name: "关闭详情" }).click();
    await find(app.page, "sichuan waiguoyu");
    assert.equal(await heading(app.page).innerText(), "四川外国语大学");
    // the first Escape clears the search field, the second closes the panel
    await app.page.keyboard.press("Escape");
    assert.equal(await app.page.getByRole("combobox", { name: "搜索节点" }).inputValue(), "");
    await app.page.keyboard.press("Escape");
    await app.page.getByRole("complementary").waitFor({ state: "detached" });
    await app.page.getByRole("button", { name: /语言/ }).click();
    await find(app.page, "Sichuan International Studies");
    assert.equal(await heading(app.page).innerText(), "Sichuan International Studies University");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the panel shows the evidence, and following a relation opens the other node with its quote", async () => {
  const app = await openApp({ lang: "zh", node: "sisu" });
  try {
    await waitForStatus(app.page, "ready");
    const panel = app.page.getByRole("complementary", { name: "节点详情" });
    assert.match(await panel.innerText(), /四川外国语大学与中国建设劳动学会签署合作协议/);
    await panel.getByRole("button", { name: "中国建设劳动学会" }).click();
    assert.equal(await heading(app.page).innerText(), "中国建设劳动学会");
    assert.equal(new URL(app.page.url()).searchParams.get("node"), "ccls");
    const text = await panel.innerText();
    assert.match(text, /签署协议/);
    assert.match(text, /来源：/);
    // keyboard: focus is on the heading; Tab reaches the close button, then the relation back to 川外
    const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute("aria-label") || document.activeElement?.textContent);
    assert.equal(await focused(), "中国建设劳动学会");
    await app.page.keyboard.press("Tab");
    assert.equal(await focused(), "关闭详情");
    await app.page.keyboard.press("Tab");
    assert.equal(await focused(), "四川外国语大学");
    await app.page.keyboard.press("Enter");
    assert.equal(await heading(app.page).innerText(), "四川外国语大学");
    await app.page.goBack();
    assert.equal(await heading(app.page).innerText(), "中国建设劳动学会");
  } finally {
    await app.close();
  }
});

test("filtering to vocational colleges and back changes the picture, the table and the counts", async () => {
  const app = await openApp({ lang: "en", view: "table" });
  try {
    await waitForStatus(app.page, "ready");
    const table = app.page.getByRole("table");
    const total = Number(await table.getAttribute("aria-rowcount")) - 1;
    await app.page.getByRole("button", { name: "Legend and filters" }).click();
    await app.page.getByRole("button", { name: "Show only Higher vocational college" }).click();
    await app.page.waitForFunction(() => document.querySelector('[role="table"]')?.getAttribute("aria-rowcount") === "4");
    assert.match(await app.page.locator(".legend__summary").innerText(), new RegExp(`^3 of ${total} nodes`));
    const url = new URL(app.page.url());
    assert.ok(url.searchParams.getAll("hideType").length > 5);
    await app.page.getByRole("button", { name: "All" }).first().click();
    await app.page.waitForFunction((n) => document.querySelector('[role="table"]')?.getAttribute("aria-rowcount") === String(n + 1), total);
    assert.equal(new URL(app.page.url()).searchParams.getAll("hideType").length, 0);
  } finally {
    await app.close();
  }
});

test("a copied URL reproduces the view: language, selection, filters, depth and search", async () => {
  const app = await openApp({ lang: "en" });
  try {
    await waitForStatus(app.page, "ready");
    await find(app.page, "cqipc");
    await app.page.getByLabel("Neighbourhood of the selection").selectOption("1");
    await app.page.getByRole("button", { name: /^Event/ }).first().click();
    const summary = await app.page.locator(".legend__summary").innerText();
    const copied = app.page.url();
    const other = await openApp({}, { locale: "zh-CN" });
    try {
      await other.page.goto(copied);
      await waitForStatus(other.page, "ready");
      assert.equal(await heading(other.page).innerText(), "Chongqing Industry Polytechnic College");
      assert.equal(await other.page.locator(".legend__summary").innerText(), summary);
      assert.equal(await other.page.getByRole("combobox", { name: /Search/ }).inputValue(), "cqipc");
    } finally {
      await other.close();
    }
  } finally {
    await app.close();
  }
});

test("switching language renames the interface and the nodes without a reload", async () => {
  const app = await openApp({ lang: "zh", node: "cqipc" });
  try {
    await waitForStatus(app.page, "ready");
    await app.page.evaluate(() => (window.__notReloaded = true));
    assert.equal(await heading(app.page).innerText(), "重庆工业职业技术学院");
    await app.page.getByRole("button", { name: /语言/ }).click();
    assert.equal(await heading(app.page).innerText(), "Chongqing Industry Polytechnic College");
    await app.page.getByRole("button", { name: "Table" }).waitFor();
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), "en");
    assert.equal(await app.page.evaluate(() => window.__notReloaded), true);
    assert.equal(new URL(app.page.url()).searchParams.get("lang"), "en");
  } finally {
    await app.close();
  }
});

for (const theme of ["light", "dark"]) {
  test(`an accessibility scan finds no serious or critical violation (${theme} theme, panel and table open)`, async () => {
    const app = await openApp({ lang: "zh", node: "sisu", theme }, { bypassCSP: true });
    try {
      await waitForStatus(app.page, "ready");
      await app.page.waitForFunction(() => performance.getEntriesByName("graph:layout-settled").length > 0, null, { timeout: 30000 });
      const scan = async () => assert.deepEqual(await seriousViolations(app.page), []);
      await scan();
      await app.page.getByRole("button", { name: "表格" }).click();
      await app.page.getByRole("table").waitFor();
      await scan();
    } finally {
      await app.close();
    }
  });
}
