// Writing a story in a real browser without touching JSON: two steps captured from the view
// (a selection; another selection with a filter), captions in both languages, saved into the
// graph, exported through the file menu, and the exported file opened again with its story.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, waitForStatus, seriousViolations } from "./helpers.mjs";


async function find(page, text) {
  const box = page.getByRole("combobox", { name: /Search/ });
  await box.fill(text);
  await page.getByRole("listbox", { name: /搜索结果|Search results/ }).getByRole("option").first().waitFor();
  await box.press("Enter");
  await page.waitForFunction((t) => new URL(location.href).searchParams.get("node") !== null && document.querySelector("aside h2")?.textContent?.includes(t), text);
}

test("a presenter builds a two-step story, saves it into the graph, exports it, opens it again and plays it", async () => {
  const app = await openApp({ lang: "en" }, { viewport: { width: 1600, height: 1000 } });
  const { page } = app;
  try {
    await waitForStatus(page, "ready");
    const nodeCount = await page.evaluate(() => window.__coopnet.positions().length / 2);
    const dataset = JSON.parse(readFileSync("data/chengyu-education.json", "utf8"));
    const shipped = dataset.stories.length;
    await page.getByRole("button", { name: "Write stories", exact: true }).click();
    const editor = page.getByRole("region", { name: "Story editor" });
    await editor.getByRole("button", { name: "+ New story" }).click();
    await editor.getByLabel("Title (Chinese)").fill("川外的伙伴");
    await editor.getByLabel("Title (English)").fill("SISU and its partners");

    await find(page, "Sichuan International Studies University");
    await editor.getByRole("button", { name: "+ Add step from current view" }).click();
    const steps = editor.getByRole("list", { name: "Steps" }).getByRole("listitem");
    await steps.nth(0).getByLabel("Caption (Chinese)").fill("四川外国语大学与多方合作。");
    await steps.nth(0).getByLabel("Caption (English)").fill("Sichuan International Studies University works with many partners.");

    await find(page, "Chongqing Industry Polytechnic College");
    await page.getByRole("button", { name: /^Event\s*\d+$/ }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll("hideType").includes("event"));
    await editor.getByRole("button", { name: "+ Add step from current view" }).click();
    assert.equal(await steps.count(), 2);
    assert.match(await steps.nth(1).innerText(), /selects Chongqing Industry Polytechnic College · \d+ nodes · filtered · camera/);
    await steps.nth(1).getByLabel("Caption (Chinese)").fill("重庆工业职业技术学院，不含活动。");
    await steps.nth(1).getByLabel("Caption (English)").fill("Chongqing Industry Polytechnic College, events left out.");

    // the preview of step 1 brings back its view: its selection, and no filter
    await steps.nth(0).getByRole("button", { name: "Show step 1 in the picture" }).click();
    await page.waitForFunction(() => {
      const p = new URL(location.href).searchParams;
      return p.get("node") === "sisu" && p.getAll("hideType").length === 0;
    });
    await editor.getByRole("button", { name: "Save into graph" }).click();
    await editor.getByRole("status").filter({ hasText: `${shipped + 1} stories saved into the graph` }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      (async () => {
        await page.getByRole("button", { name: "Export", exact: true }).click();
        await page.getByRole("menuitem", { name: /^JSON/ }).click();
      })(),
    ]);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, "utf8"));
    assert.equal(file.nodes.length, nodeCount);
    // the dataset's own stories, and the new one
    assert.deepEqual(file.stories.slice(0, shipped).map((s) => s.id), dataset.stories.map((s) => s.id));
    assert.equal(file.stories.length, shipped + 1);
    const story = file.stories.at(-1);
    assert.equal(story.id, "sisu-and-its-partners");
    assert.deepEqual(story.title, { zh: "川外的伙伴", en: "SISU and its partners" });
    assert.equal(story.steps.length, 2);
    const [one, two] = story.steps;
    assert.deepEqual(one.caption, { zh: "四川外国语大学与多方合作。", en: "Sichuan International Studies University works with many partners." });
    assert.equal(one.select, "sisu");
    assert.equal(one.nodes[0], "sisu");
    assert.ok(one.nodes.length > 1, "the selected node's neighbours are in the step");
    assert.equal(one.filters, undefined);
    assert.equal(one.layout, "free");
    assert.ok(Number.isFinite(one.camera.x) && Number.isFinite(one.camera.y) && one.camera.zoom > 0);
    assert.equal(two.select, "cqipc");
    assert.deepEqual(two.filters, { hideType: ["event"] });
    assert.equal(two.caption.en, "Chongqing Industry Polytechnic College, events left out.");
    const eventIds = new Set(file.nodes.filter((n) => n.type === "event").map((n) => n.id));
    assert.ok(two.nodes.every((id) => !eventIds.has(id)), "no event among the nodes of the filtered step");

    // the exported file, opened again, has the story
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Open…" }).click()]);
    await chooser.setFiles({ name: "talk.json", mimeType: "application/json", buffer: readFileSync(path) });
    await page.locator(".local-note").filter({ hasText: "talk.json" }).waitFor();
    await waitForStatus(page, "ready");
    const reopened = page.getByRole("region", { name: "Story editor" });
    await reopened.getByRole("button", { name: "Edit the story SISU and its partners" }).click();
    assert.equal(await steps.count(), 2);
    assert.equal(await steps.nth(1).getByLabel("Caption (English)").inputValue(), "Chongqing Industry Polytechnic College, events left out.");
    await reopened.getByText("Everything is saved into the graph.").waitFor();

    // and it plays: its first step's caption, then the second's, with the step's filter in the URL
    await page.getByRole("combobox", { name: "Play a story" }).selectOption("sisu-and-its-partners");
    const caption = page.locator("[data-story-step]");
    await page.locator('[data-story-step="1"]').filter({ hasText: "Sichuan International Studies University works with many partners." }).waitFor();
    await page.getByRole("button", { name: "Next step" }).click();
    await page.locator('[data-story-step="2"]').filter({ hasText: "events left out" }).waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll("hideType").includes("event"));
    assert.equal(await caption.count(), 1);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("on a 400-pixel screen the editor is a bottom sheet with no sideways scrolling, and passes an accessibility scan in Chinese and dark", async () => {
  const app = await openApp({ lang: "zh", theme: "dark", node: "sisu" }, { viewport: { width: 400, height: 700 }, bypassCSP: true });
  const { page } = app;
  try {
    await waitForStatus(page, "ready");
    await page.getByRole("button", { name: "编写故事", exact: true }).click();
    const editor = page.getByRole("region", { name: "故事编辑器" });
    await editor.getByRole("button", { name: "+ 新建故事" }).click();
    await editor.getByLabel("标题（中文）").fill("川外");
    await editor.getByRole("button", { name: "+ 添加当前视图为一步" }).click();
    await editor.getByRole("list", { name: "步骤" }).getByLabel("说明（中文）").fill("四川外国语大学。");
    const box = await editor.boundingBox();
    assert.equal(Math.round(box.x), 0);
    assert.equal(Math.round(box.width), 400);
    assert.ok(box.y > 100, "the sheet leaves the header and part of the picture in view");
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(sideways, 0);
    assert.deepEqual(await seriousViolations(page, ".story-editor"), []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
