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

test("a file with an edge to a missing node shows an alert naming the record and field", async () => {
  const app = await openApp({ lang: "en", data: "/__fixtures__/broken/missing-target.json" });
  try {
    await waitForStatus(app.page, "error");
    const alert = app.page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /missing-target\.json/);
    assert.match(text, /edges\[1\]\.target/);
    assert.match(text, /no node with id 'x'/);
    // still usable: the language switch works and no exception escaped
    await app.page.getByRole("button", { name: /Language/ }).click();
    await app.page.getByRole("button", { name: "网络图" }).waitFor();
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
