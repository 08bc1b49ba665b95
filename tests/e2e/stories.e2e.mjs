// Stories in a real browser: stepping through one with the keyboard (caption in the live
// region, the emphasised nodes, the URL), presentation mode, a story that plays itself
// (autoplay=1), and the export of the current step with its caption.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, waitForStatus, seriousViolations } from "./helpers.mjs";

const dataset = JSON.parse(readFileSync(new URL("../../data/chengyu-education.json", import.meta.url), "utf8"));
const story = (id) => dataset.stories.find((s) => s.id === id);
const caption = (step, lang) => (typeof step.caption === "string" ? step.caption : step.caption[lang]);
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;").replace(/"/g, "&quot;");

/** the step shown: its number, its caption, the nodes the picture emphasises and the URL's step */
const shown = (page) =>
  page.evaluate(() => {
    const el = document.querySelector("[data-story-step]");
    const url = new URL(location.href).searchParams;
    return {
      step: Number(el?.getAttribute("data-story-step")),
      caption: el?.textContent ?? "",
      live: Boolean(el?.closest("[aria-live]")),
      emphasised: (document.querySelector(".graph-view")?.getAttribute("data-emphasis") ?? "").split(" ").filter(Boolean).sort(),
      urlStep: Number(url.get("step")),
      story: url.get("story"),
    };
  });
const waitForStep = (page, n) => page.waitForFunction((want) => document.querySelector("[data-story-step]")?.getAttribute("data-story-step") === String(want), n, { timeout: 15000 });

test("the keyboard steps through a story: caption, emphasised nodes and URL follow", async () => {
  const app = await openApp({ lang: "en", story: "cqipc" });
  const cqipc = story("cqipc");
  try {
    await waitForStatus(app.page, "ready");
    await waitForStep(app.page, 1);
    const expectStep = async (n) => {
      await waitForStep(app.page, n);
      const s = await shown(app.page);
      const step = cqipc.steps[n - 1];
      assert.equal(s.caption, caption(step, "en"));
      assert.ok(s.live, "the caption is inside a live region");
      assert.deepEqual(s.emphasised, [...step.nodes].sort(), `step ${n} emphasises its nodes`);
      assert.equal(s.urlStep, n);
      assert.equal(s.story, "cqipc");
    };
    await expectStep(1);
    // the first step selects the college: its panel is open
    assert.equal(await app.page.getByRole("complementary").getByRole("heading", { level: 2 }).first().innerText(), "Chongqing Industry Polytechnic College");
    for (const [key, n] of [["ArrowRight", 2], ["PageDown", 3], ["Space", 4], ["ArrowLeft", 3], ["End", 5], ["ArrowDown", 5], ["Home", 1], ["PageUp", 1]]) {
      await app.page.keyboard.press(key);
      await expectStep(n);
    }
    // typing in the search field does not step the story
    const search = app.page.getByRole("combobox", { name: /Search/ });
    await search.fill("sisu");
    await search.press("ArrowRight");
    assert.equal((await shown(app.page)).step, 1);
    await search.press("Escape");
    // in Chinese the caption follows the language
    await app.page.getByRole("button", { name: /Language/ }).click();
    await app.page.waitForFunction((text) => document.querySelector("[data-story-step]")?.textContent === text, caption(cqipc.steps[0], "zh"));
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("presentation mode hides the chrome, keeps stepping with the keys, and Escape leaves it", async () => {
  const app = await openApp({ lang: "en" }, { viewport: { width: 1920, height: 1080 } });
  try {
    await waitForStatus(app.page, "ready");
    await app.page.getByRole("button", { name: "Present" }).click();
    await app.page.waitForFunction(() => document.querySelector(".app")?.classList.contains("app--present"));
    await waitForStep(app.page, 1);
    assert.equal(new URL(app.page.url()).searchParams.get("present"), "1");
    assert.equal(new URL(app.page.url()).searchParams.get("story"), dataset.stories[0].id);
    assert.equal(await app.page.locator(".app-header").isVisible(), false);
    // the picture has the focus: its arrows would pan it, but in presentation the story takes them
    await app.page.locator("canvas.graph-canvas").focus();
    await app.page.keyboard.press("ArrowRight");
    await waitForStep(app.page, 2);
    const size = await app.page.locator("[data-story-step]").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 32, `caption at ${size}px`);
    await app.page.keyboard.press("Escape");
    await app.page.waitForFunction(() => !document.querySelector(".app")?.classList.contains("app--present"));
    assert.equal(new URL(app.page.url()).searchParams.has("present"), false);
    assert.equal(await app.page.locator(".app-header").isVisible(), true);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("autoplay=1 plays a story in a loop, and input pauses it", async () => {
  const app = await openApp({ lang: "en", story: "guangan", autoplay: "1" });
  const total = story("guangan").steps.length;
  try {
    await waitForStatus(app.page, "ready");
    for (let n = 2; n <= total; n++) await waitForStep(app.page, n);
    await waitForStep(app.page, 1); // and round again
    await app.page.locator('[data-autoplay="playing"]').waitFor();
    await app.page.mouse.click(5, 300);
    await app.page.locator('[data-autoplay="paused"]').waitFor();
    // paused, the story is the presenter's: the keys step it, and it stays paused (it plays on after a minute without input)
    const at = (await shown(app.page)).step;
    // (the click gave the picture the focus: its arrows pan it, PageUp/PageDown step the story)
    await app.page.keyboard.press(at < total ? "PageDown" : "PageUp");
    await waitForStep(app.page, at < total ? at + 1 : at - 1);
    assert.equal(await app.page.locator("[data-autoplay]").getAttribute("data-autoplay"), "paused");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the current step exports as SVG with its caption in the picture", async () => {
  const app = await openApp({ lang: "en", story: "sisu", step: "3" });
  try {
    await waitForStatus(app.page, "ready");
    await waitForStep(app.page, 3);
    await app.page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([app.page.waitForEvent("download"), app.page.getByRole("menuitem", { name: /SVG/ }).click()]);
    assert.match(download.suggestedFilename(), /-step3\.svg$/);
    const svg = readFileSync(await download.path(), "utf8");
    const step = story("sisu").steps[2];
    // the caption is wrapped into lines: each line is in the file, and together they are the caption
    const lines = [...svg.matchAll(/<text[^>]*font-size="22"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    assert.ok(lines.length >= 1, "the caption is drawn");
    assert.equal(lines.join(" "), esc(caption(step, "en")));
    assert.match(svg, new RegExp(`${esc(story("sisu").title.en).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · 3/5`));
    // the source line names the article the step is written from
    const article = dataset.meta.sources.find((src) => src.id === "sisu");
    assert.ok(svg.includes(esc(article.title.en)), "the step's article is the source line");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

for (const theme of ["light", "dark"]) {
  test(`an accessibility scan of a story, and of presentation mode, finds no serious or critical violation (${theme} theme)`, async () => {
    const app = await openApp({ lang: "zh", story: "rongchang", step: "4", theme }, { bypassCSP: true });
    try {
      await waitForStatus(app.page, "ready");
      await waitForStep(app.page, 4);
      const scan = async () => assert.deepEqual(await seriousViolations(app.page), []);
      await scan();
      await app.page.getByRole("button", { name: "演示" }).click();
      await app.page.waitForFunction(() => document.querySelector(".app")?.classList.contains("app--present"));
      await scan();
    } finally {
      await app.close();
    }
  });
}
