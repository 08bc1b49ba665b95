// Opening other tools' files in a real browser — by the file picker, by drag and drop and
// by ?data= — and what broken or hostile files do: a clear message, the previous graph
// kept, no script run. Export writes files that open again as the same graph.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, waitForStatus, waitForStill } from "./helpers.mjs";

const fixture = (name) => `tests/fixtures/${name}`;
const summary = (page) => page.locator(".legend__summary").innerText();

async function pick(page, ...files) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: /Open|打开/ }).click()]);
  await chooser.setFiles(files.map(fixture));
}

async function drop(page, name, mime = "application/octet-stream") {
  const data = readFileSync(fixture(name)).toString("base64");
  await page.evaluate(
    async ({ data, name, mime }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: mime }));
      for (const type of ["dragenter", "dragover", "drop"]) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { data, name, mime },
  );
}

test("a Gephi GEXF file opens from the file picker, with its nodes, names and saved positions", async () => {
  const app = await openApp({ lang: "en" });
  try {
    await waitForStatus(app.page, "ready");
    await pick(app.page, "formats/gephi-1.3.gexf");
    await app.page.locator(".local-note").waitFor();
    await waitForStatus(app.page, "ready");
    const gexf = readFileSync(fixture("formats/gephi-1.3.gexf"), "utf8");
    const count = (gexf.match(/<node /g) ?? []).length;
    assert.match(await summary(app.page), new RegExp(`^${count} of ${count} nodes`));
    // every node has a viz:position: the layout stays still and draws them where Gephi put them
    const first = /<node id="([^"]+)" label="([^"]+)"/.exec(gexf);
    await waitForStill(app.page, first[1]);
    const p = await app.page.evaluate((id) => window.__coopnet.screenPosition(id), first[1]);
    await app.page.mouse.move(p.x, p.y);
    assert.match(await app.page.getByRole("tooltip").innerText(), new RegExp(first[2]));
    assert.match(await app.page.locator(".local-note").innerText(), /gephi-1\.3\.gexf/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a GraphML file dropped on the page opens, and a NetworkX file opens by ?data=", async () => {
  const app = await openApp({ lang: "zh" });
  try {
    await waitForStatus(app.page, "ready");
    await drop(app.page, "formats/yed.graphml");
    await app.page.locator(".local-note").waitFor();
    assert.match(await app.page.locator(".local-note").innerText(), /yed\.graphml/);
    await app.page.goto(`${new URL(app.page.url()).origin}/?lang=en&data=/__fixtures__/formats/networkx-string-ids.json`);
    await waitForStatus(app.page, "ready");
    assert.doesNotMatch(await summary(app.page), /of 121 nodes/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("an edge table and a node table chosen together open as one graph, GBK and BOM decoded", async () => {
  const app = await openApp({ lang: "zh", view: "table" });
  try {
    await waitForStatus(app.page, "ready");
    await pick(app.page, "formats/edges-comma.csv", "formats/nodes-comma.csv");
    await app.page.locator(".local-note").waitFor();
    // sisu appears only in the edge table: it is created from it
    await app.page.waitForFunction(() => document.querySelector('[role="table"]')?.getAttribute("aria-rowcount") === "6");
    await app.page.getByRole("button", { name: "四川大学" }).waitFor();
    // a GBK node table with a UTF-8 edge table that has a byte-order mark
    await pick(app.page, "formats/edges-bom.csv", "formats/nodes-gbk.csv");
    await app.page.getByRole("button", { name: "四川师范大学" }).waitFor();
    await app.page.getByRole("button", { name: "西南大学" }).waitFor();
    assert.equal(await app.page.getByRole("table").getAttribute("aria-rowcount"), "3");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a broken file keeps the graph on screen and says what is wrong; hostile files run nothing", async () => {
  const app = await openApp({ lang: "en" });
  try {
    await waitForStatus(app.page, "ready");
    const before = await summary(app.page);
    let dialogs = 0;
    app.page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const name of ["hostile/billion-laughs.gexf", "hostile/external-entity.graphml", "hostile/binary-garbage.bin", "hostile/empty.json", "hostile/truncated.gexf"]) {
      await pick(app.page, name);
      await waitForStatus(app.page, "error");
      const alert = await app.page.getByRole("alert").innerText();
      assert.match(alert, new RegExp(name.split("/")[1].replace(".", "\\.")), `${name}: ${alert}`);
      assert.match(alert, /The previous graph is still shown/);
      assert.equal(await summary(app.page), before, `${name} kept the previous graph`);
    }
    await pick(app.page, "hostile/javascript-url.json");
    await waitForStatus(app.page, "ready");
    await app.page.getByRole("button", { name: "Table" }).click();
    await app.page.getByRole("button", { name: "<img src=x onerror=alert(1)>" }).click();
    const panel = app.page.getByRole("complementary");
    assert.equal(await panel.getByRole("heading", { level: 2 }).innerText(), "<img src=x onerror=alert(1)>");
    assert.equal(await panel.getByRole("link").count(), 0, "no javascript: link");
    assert.equal(await app.page.locator("img[src=x]").count(), 0);
    assert.equal(dialogs, 0);
    assert.equal(await app.page.evaluate(() => ({}).polluted), undefined);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the view exported as JSON, GEXF and GraphML opens again as the same graph; PNG and SVG carry the title", async () => {
  const app = await openApp({ lang: "en", hideType: "event" });
  try {
    await waitForStatus(app.page, "ready");
    await app.page.waitForFunction(() => performance.getEntriesByName("graph:layout-settled").length > 0, null, { timeout: 30000 });
    const shown = await summary(app.page);
    const [nodes, edges] = [Number(/^(\d+) of/.exec(shown)[1]), Number(/, (\d+) of \d+ relations/.exec(shown)[1])];
    const saved = {};
    for (const [label, ext] of [["JSON", "json"], ["GEXF", "gexf"], ["GraphML", "graphml"], ["PNG image (2×)", "png"], ["SVG", "svg"]]) {
      await app.page.getByRole("button", { name: "Export" }).click();
      const [download] = await Promise.all([app.page.waitForEvent("download"), app.page.getByRole("menuitem", { name: new RegExp(label.replace(/[()×]/g, ".")) }).click()]);
      const path = `/tmp/coopnet-export.${ext}`;
      await download.saveAs(path);
      saved[ext] = path;
    }
    const png = readFileSync(saved.png);
    assert.equal(png.subarray(1, 4).toString(), "PNG");
    assert.ok(png.readUInt32BE(16) >= 2 * 1280 - 2, "twice the screen's width");
    const svg = readFileSync(saved.svg, "utf8");
    assert.match(svg, /<svg[^>]+viewBox/);
    assert.match(svg, /Chengdu–Chongqing Education Cooperation Network/);
    for (const ext of ["json", "gexf", "graphml"]) {
      const [chooser] = await Promise.all([app.page.waitForEvent("filechooser"), app.page.getByRole("button", { name: /Open/ }).click()]);
      await chooser.setFiles(saved[ext]);
      await app.page.locator(".local-note").waitFor();
      await waitForStatus(app.page, "ready");
      await app.page.waitForFunction((n) => document.querySelector(".legend__summary")?.textContent?.includes(`of ${n} nodes`), nodes);
      const again = await summary(app.page);
      assert.match(again, new RegExp(`of ${nodes} nodes, \\d+ of ${edges} relations`), `${ext}: ${again}`);
    }
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
