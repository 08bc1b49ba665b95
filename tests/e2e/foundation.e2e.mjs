// The foundation in a real browser: the embedded dataset loads and the table lists every
// node; broken files show a message that names what is wrong, and the page stays usable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, readAllTableNames, waitForStatus } from "./helpers.mjs";

const dataset = JSON.parse(readFileSync("data/chengyu-education.json", "utf8"));

test("the default dataset loads and the table lists every node", async () => {
  const app = await openApp({ lang: "zh" });
  try {
    await waitForStatus(app.page, "ready");
    await app.page.getByRole("button", { name: "表格" }).click();
    const table = app.page.getByRole("table");
    await table.waitFor();
    assert.equal(await table.getAttribute("aria-rowcount"), String(dataset.nodes.length + 1));
    const names = await readAllTableNames(app.page);
    assert.deepEqual([...names].sort(), dataset.nodes.map((n) => n.name.zh).sort());
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the table sorts by name when its header is pressed, in English", async () => {
  const app = await openApp({ lang: "en", view: "table" });
  try {
    await waitForStatus(app.page, "ready");
    const header = app.page.getByRole("columnheader", { name: /Name/ });
    await header.getByRole("button").click();
    assert.equal(await header.getAttribute("aria-sort"), "ascending");
    const names = await readAllTableNames(app.page);
    const expected = dataset.nodes.map((n) => n.name.en).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    assert.deepEqual(names, expected);
  } finally {
    await app.close();
  }
});

test("a file with an edge to a missing node opens, saying which edge was dropped and why", async () => {
  const app = await openApp({ lang: "en", data: "/__fixtures__/broken/missing-target.json" });
  try {
    await waitForStatus(app.page, "ready");
    const notice = app.page.locator(".load-warnings");
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, /missing-target\.json was opened, with 1 repair:/);
    assert.match(text, /edges\[1\]\.target/);
    assert.match(text, /no node with id 'x'/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a node without a name is refused with an alert naming the record and field, in both languages", async () => {
  const app = await openApp({ lang: "en", data: "/__fixtures__/broken/nameless-node.json" });
  try {
    await waitForStatus(app.page, "error");
    const alert = app.page.getByRole("alert");
    assert.match(await alert.innerText(), /nameless-node\.json does not fit the graph format/);
    assert.match(await alert.innerText(), /nodes\[0\]\.name/);
    // still usable: the language switch works and the message follows it
    await app.page.getByRole("button", { name: /Language/ }).click();
    await app.page.getByRole("button", { name: "网络图" }).waitFor();
    assert.match(await alert.innerText(), /nameless-node\.json 不符合图谱格式/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a truncated JSON file and a missing file each show what went wrong", async () => {
  const app = await openApp({ lang: "zh", data: "/__fixtures__/broken/truncated.json" });
  try {
    await waitForStatus(app.page, "error");
    assert.match(await app.page.getByRole("alert").innerText(), /truncated\.json 不是有效的 JSON/);
    await app.page.goto(`${new URL(app.page.url()).origin}/?lang=en&data=/__fixtures__/no-such-file.json`);
    await waitForStatus(app.page, "error");
    assert.match(await app.page.getByRole("alert").innerText(), /Cannot read no-such-file\.json: HTTP 404/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
