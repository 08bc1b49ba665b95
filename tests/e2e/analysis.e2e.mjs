// Analysis in a real browser: the shortest path between a school in Rongchang (Chongqing)
// and a university in Guang'an (Sichuan) from the URL, read hop by hop with its quotes, one
// quote opened in the source reader and found highlighted; relation types left out until
// there is no path; "Path to…" from the panel; measures in the table and the panel.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, waitForStatus, seriousViolations } from "./helpers.mjs";

const dataset = JSON.parse(readFileSync(new URL("../../data/chengyu-education.json", import.meta.url), "utf8"));
const idByName = new Map(dataset.nodes.flatMap((n) => [[n.name.zh, n.id], [n.name.en, n.id]]));
const squash = (s) => s.replace(/[\s\u3000]+/g, "");
const region = (id) => dataset.nodes.find((n) => n.id === id).region;

test("a path from the URL between two cities lists each hop with its relation and quotes, and a quote opens highlighted in its source", async () => {
  const from = "rongchang-vocational-centre", to = "gait";
  assert.notEqual(region(from), region(to));
  const app = await openApp({ lang: "zh", path: `${from}~${to}` }, { viewport: { width: 1600, height: 900 } });
  try {
    const { page } = app;
    await waitForStatus(page, "ready");
    const list = page.getByRole("list", { name: "路径" });
    await list.waitFor();
    const items = list.locator(":scope > li");
    const count = await items.count();
    assert.ok(count >= 3, `a path of ${count} nodes`);
    const ids = [];
    for (let i = 0; i < count; i++) ids.push(idByName.get((await items.nth(i).getByRole("button").last().innerText()).trim()));
    assert.equal(ids[0], from);
    assert.equal(ids.at(-1), to);
    for (let i = 1; i < count; i++) {
      const hop = items.nth(i).locator(".path-hop").first();
      const relation = (await hop.locator(".path-hop__relation").innerText()).trim();
      assert.match(relation, /^[→←↔] \S/, `hop ${i} names its relation and direction`);
      const quote = squash(await hop.getByRole("link").first().innerText());
      const between = dataset.edges.filter((e) => (e.source === ids[i - 1] && e.target === ids[i]) || (e.source === ids[i] && e.target === ids[i - 1]));
      assert.ok(between.some((e) => e.evidence.some((ev) => squash(ev.quote) === quote)), `hop ${i}: the quote is the evidence of a relation between its two nodes`);
    }
    // the rest of the network is dimmed and the path drawn over it: checked on the screenshots; here the reader
    const link = items.nth(1).locator(".path-hop").getByRole("link").first();
    const quote = squash(await link.innerText());
    await link.click();
    const reader = page.getByRole("complementary", { name: "原文阅读" });
    await reader.waitFor();
    const mark = reader.locator("mark");
    assert.equal(squash(await mark.innerText()), quote);
    const body = await reader.locator(".source-reader__body").boundingBox();
    const box = await mark.boundingBox();
    assert.ok(box.y >= body.y && box.y + Math.min(box.height, 40) <= body.y + body.height, "the quote is scrolled into view");
    assert.ok(new URL(page.url()).searchParams.get("read"), "the reader is in the URL");
    assert.equal(new URL(page.url()).searchParams.get("path"), `${from}~${to}`);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("leaving out every relation type the path could use says there is no path", async () => {
  const types = [...new Set(dataset.edges.map((e) => e.type))];
  const params = new URLSearchParams({ lang: "en", path: "rongchang-vocational-centre~gait", analysis: "path" });
  for (const t of types) params.append("pathSkip", t);
  const app = await openApp(Object.fromEntries([]), { viewport: { width: 1600, height: 900 } });
  try {
    await app.page.goto(`${new URL(app.page.url()).origin}/?${params}`);
    await waitForStatus(app.page, "ready");
    await app.page.getByText("There is no path between these two nodes with the relation types left out.").waitFor();
    assert.equal(await app.page.getByRole("list", { name: "Path" }).count(), 0);
  } finally {
    await app.close();
  }
});

test("“Path to…” in a node's panel finds the path to a node chosen by name, into the URL", async () => {
  const app = await openApp({ lang: "en", node: "sisu" }, { viewport: { width: 1600, height: 900 } });
  try {
    const { page } = app;
    await waitForStatus(page, "ready");
    await page.getByRole("button", { name: "Path to…" }).click();
    await page.getByLabel("To", { exact: true }).fill("Guang'an Institute of Technology (provisional name)");
    await page.getByRole("button", { name: "Show the path" }).click();
    await page.getByRole("list", { name: "Path" }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get("path"), "sisu~gait");
    assert.equal(new URL(page.url()).searchParams.get("analysis"), "path");
  } finally {
    await app.close();
  }
});

test("the table shows Degree, Betweenness and PageRank columns, sortable, and the panel gives ranks", async () => {
  const app = await openApp({ lang: "en", view: "table" }, { viewport: { width: 1600, height: 900 } });
  try {
    const { page } = app;
    await waitForStatus(page, "ready");
    for (const name of ["Degree", "Betweenness", "PageRank"]) await page.getByRole("columnheader", { name }).waitFor();
    await page.getByRole("columnheader", { name: "Betweenness" }).getByRole("button").click();
    assert.equal(await page.getByRole("columnheader", { name: "Betweenness" }).getAttribute("aria-sort"), "descending");
    const firstRow = page.locator('[role="rowgroup"] [role="row"][aria-rowindex="2"]');
    const cells = await firstRow.getByRole("cell").allInnerTexts();
    const top = Number(cells[5]);
    const second = Number(await page.locator('[role="row"][aria-rowindex="3"] [role="cell"]').nth(5).innerText());
    assert.ok(top >= second && top > 0, `sorted by betweenness: ${top} ≥ ${second}`);
    await firstRow.getByRole("button").click();
    await page.getByRole("link", { name: "Network" }).or(page.getByRole("button", { name: "Network" })).click();
    await page.getByText("1st of 121").first().waitFor();
    const zh = await openApp({ lang: "zh", view: "table" });
    try {
      await waitForStatus(zh.page, "ready");
      for (const name of ["度数", "中介中心性", "PageRank"]) await zh.page.getByRole("columnheader", { name }).waitFor();
    } finally {
      await zh.close();
    }
  } finally {
    await app.close();
  }
});


for (const theme of ["light", "dark"]) {
  test(`an accessibility scan of every analysis tab and the reader finds no serious or critical violation (${theme} theme)`, async () => {
    const app = await openApp({ lang: "zh", theme, path: "rongchang-vocational-centre~gait", color: "community" }, { bypassCSP: true });
    try {
      const { page } = app;
      await waitForStatus(page, "ready");
      await page.getByRole("list", { name: "路径" }).waitFor();
      const scan = async () => assert.deepEqual(await seriousViolations(page), []);
      await scan();
      for (const [tab, ready] of [["指标", "节点大小依据"], ["社群", "主要成员排序依据"], ["统计", "度分布"], ["双城", "跨区域桥梁节点"]]) {
        await page.getByRole("button", { name: tab, exact: true }).click();
        await page.getByText(ready).first().waitFor();
        await scan();
      }
      await page.getByRole("button", { name: "路径", exact: true }).click();
      await page.getByRole("list", { name: "路径" }).getByRole("link").first().click();
      await page.getByRole("complementary", { name: "原文阅读" }).locator("mark").waitFor();
      await scan();
    } finally {
      await app.close();
    }
  });
}
