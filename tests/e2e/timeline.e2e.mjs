// The timeline: `year=` shows the network as it stood at the end of that year (relations
// dated later and the nodes only they bring in are hidden, undated relations stay), the
// slider moves with the keyboard and writes the URL, play steps through the years, and
// graphs without dated relations show no timeline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, waitForStatus } from "./helpers.mjs";

const dataset = JSON.parse(readFileSync("data/chengyu-education.json", "utf8"));
const yearOf = (e) => (e.date ? Number(e.date.slice(0, 4)) : null);
const years = dataset.edges.map(yearOf).filter((y) => y !== null);
const [first, last] = [Math.min(...years), Math.max(...years)];

/** What the legend's summary should say as of the end of `year`, counted from the file. */
function expected(year) {
  const inBy = (e) => yearOf(e) === null || yearOf(e) <= year;
  const edges = dataset.edges.filter(inBy).length;
  const nodes = dataset.nodes.filter((n) => {
    const own = dataset.edges.filter((e) => e.source === n.id || e.target === n.id);
    return own.length === 0 || own.some(inBy);
  }).length;
  return `${nodes} of ${dataset.nodes.length} nodes, ${edges} of ${dataset.edges.length} relations shown`;
}

const summary = (page) => page.locator(".legend__summary").innerText();
const waitForSummary = (page, text) => page.waitForFunction((t) => document.querySelector(".legend__summary")?.textContent === t, text);
const yearParam = (page) => new URL(page.url()).searchParams.get("year");

test("year= in the URL shows the network as it stood at the end of that year", async () => {
  assert.notEqual(expected(first), expected(last), "the dataset grows over its years");
  const all = await openApp({ lang: "en" });
  try {
    await waitForStatus(all.page, "ready");
    const everything = await summary(all.page);
    assert.match(everything, new RegExp(`^${dataset.nodes.length} of ${dataset.nodes.length} nodes, ${dataset.edges.length} of`));
  } finally {
    await all.close();
  }
  const app = await openApp({ lang: "en", year: String(first) });
  try {
    await waitForStatus(app.page, "ready");
    assert.equal(await summary(app.page), expected(first));
    const slider = app.page.getByRole("slider", { name: "Timeline" });
    assert.equal(await slider.inputValue(), String(first));
    const undated = dataset.edges.filter((e) => !e.date).length;
    assert.match(await app.page.locator(".timeline").innerText(), new RegExp(`${undated} undated relations stay`));
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the slider moves with the keyboard, the URL follows, and play steps to the last year", async () => {
  const app = await openApp({ lang: "zh", year: String(first) });
  try {
    await waitForStatus(app.page, "ready");
    const slider = app.page.getByRole("slider", { name: "时间轴" });
    await slider.focus();
    await app.page.keyboard.press("ArrowRight");
    await app.page.waitForFunction((y) => new URL(location.href).searchParams.get("year") === y, String(first + 1));
    await app.page.keyboard.press("End");
    await app.page.waitForFunction((y) => new URL(location.href).searchParams.get("year") === y, String(last));
    assert.equal(await slider.getAttribute("aria-valuetext"), `截至 ${last} 年底`);
    await app.page.keyboard.press("Home");
    await app.page.waitForFunction((y) => new URL(location.href).searchParams.get("year") === y, String(first));
    await app.page.getByRole("button", { name: "全部年份" }).click();
    await app.page.waitForFunction(() => !new URL(location.href).searchParams.has("year"));

    await app.page.getByRole("button", { name: /播放/ }).click();
    assert.equal(yearParam(app.page), String(first), "play starts from the first year");
    await app.page.waitForFunction((y) => new URL(location.href).searchParams.get("year") === y, String(last), { timeout: (last - first + 2) * 2000 });
    // stopped at the end: the button offers to play again
    await app.page.getByRole("button", { name: /播放/ }).waitFor();
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the summary follows the slider year by year", async () => {
  const app = await openApp({ lang: "en", year: String(first) });
  try {
    await waitForStatus(app.page, "ready");
    const slider = app.page.getByRole("slider", { name: "Timeline" });
    await slider.focus();
    for (let y = first + 1; y <= last; y++) {
      await app.page.keyboard.press("ArrowRight");
      await waitForSummary(app.page, expected(y));
      assert.equal(yearParam(app.page), String(y));
    }
  } finally {
    await app.close();
  }
});

test("a graph without dated relations has no timeline", async () => {
  const app = await openApp({ lang: "en", year: String(first) });
  try {
    await waitForStatus(app.page, "ready");
    await app.page.getByRole("slider", { name: "Timeline" }).waitFor();
    const fixture = "tests/fixtures/formats/d3-force-index.json";
    const nodes = JSON.parse(readFileSync(fixture, "utf8")).nodes.length;
    const [chooser] = await Promise.all([app.page.waitForEvent("filechooser"), app.page.getByRole("button", { name: /Open/ }).click()]);
    await chooser.setFiles(fixture);
    await app.page.waitForFunction((n) => document.querySelector(".legend__summary")?.textContent?.startsWith(`${n} of ${n} nodes`), nodes);
    assert.equal(await app.page.getByRole("slider", { name: "Timeline" }).count(), 0);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
