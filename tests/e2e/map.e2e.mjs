// The map arrangement in a real browser: switched to from the controls, it pins the places
// where they are on the ground (west to east, north to south as on a map), counts the links
// across the Sichuan–Chongqing border in the legend, loads its code only when shown, reads
// coordinates from a GEXF file, and says so when a graph has no places to pin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, waitForStatus } from "./helpers.mjs";

const dataset = JSON.parse(readFileSync(new URL("../../data/chengyu-education.json", import.meta.url), "utf8"));
const idOf = (zh) => dataset.nodes.find((n) => n.name.zh === zh).id;

/** waits until the layout has stopped: no progress shown, and the same positions over several frames */
async function layoutAtRest(page) {
  await page.waitForFunction(
    () => {
      const w = window;
      const now = JSON.stringify(w.__coopnet?.positions() ?? null);
      const rest = !document.querySelector(".layout-progress") && now !== "null" && now === w.__lastPositions;
      w.__stillFor = rest ? (w.__stillFor ?? 0) + 1 : 0;
      w.__lastPositions = now;
      return w.__stillFor >= 8;
    },
    null,
    { polling: "raf", timeout: 30000 },
  );
}

const screenAt = (page, id) => page.evaluate((nodeId) => window.__coopnet.screenPosition(nodeId), id);

async function positionsOf(page, names) {
  const out = {};
  for (const zh of names) {
    out[zh] = await screenAt(page, idOf(zh));
    assert.ok(out[zh], `${zh} is drawn`);
  }
  return out;
}

function assertGeography(p) {
  const westToEast = ["泸州", "荣昌区", "永川", "重庆市"];
  for (let i = 1; i < westToEast.length; i++)
    assert.ok(p[westToEast[i - 1]].x < p[westToEast[i]].x, `${westToEast[i - 1]} (x ${p[westToEast[i - 1]].x}) is west of ${westToEast[i]} (x ${p[westToEast[i]].x})`);
  assert.ok(p["广安市"].y < p["荣昌区"].y, "广安市 lies north of 荣昌区");
  assert.ok(p["荣昌区"].y < p["泸州"].y, "荣昌区 lies north of 泸州");
}

const PLACES = ["泸州", "荣昌区", "永川", "重庆市", "广安市"];

test("switching to the map pins the places as on the ground and loads the map's code only then", async () => {
  const app = await openApp({ lang: "en" }, { viewport: { width: 1440, height: 900 } });
  const requested = [];
  app.page.on("request", (r) => requested.push(r.url()));
  try {
    await waitForStatus(app.page, "ready");
    await app.page.waitForFunction(() => performance.getEntriesByName("graph:layout-settled").length > 0, null, { timeout: 30000 });
    assert.equal(requested.filter((u) => /mapScene/.test(u)).length, 0, "no map code before the map is shown");
    const free = await positionsOf(app.page, PLACES);
    await app.page.getByRole("combobox", { name: "Arrangement" }).selectOption({ label: "Map" });
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get("layout") === "map");
    await layoutAtRest(app.page);
    assert.ok(requested.some((u) => /mapScene/.test(u)), "the map's code was loaded with the map");
    const onMap = await positionsOf(app.page, PLACES);
    assert.notDeepEqual(onMap, free, "the places moved");
    assertGeography(onMap);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("layout=map in the URL opens on the map, with the links across the border counted in the legend", async () => {
  const region = new Map(dataset.nodes.map((n) => [n.id, n.region]));
  const crossing = dataset.edges.filter((e) => new Set([region.get(e.source), region.get(e.target)]).size === 2 && ["sichuan", "chongqing"].includes(region.get(e.source)) && ["sichuan", "chongqing"].includes(region.get(e.target))).length;
  assert.ok(crossing > 0);
  const app = await openApp({ lang: "zh", layout: "map" });
  try {
    await waitForStatus(app.page, "ready");
    await layoutAtRest(app.page);
    assertGeography(await positionsOf(app.page, PLACES));
    await app.page.getByText(`跨川渝省界的联系 ${crossing} 条`).waitFor();
    assert.equal(await app.page.getByRole("combobox", { name: "布局方式" }).inputValue(), "map");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the map exported as SVG carries the province outlines and names, and the cross-border links", async () => {
  const app = await openApp({ lang: "en", layout: "map" });
  try {
    await waitForStatus(app.page, "ready");
    await layoutAtRest(app.page);
    await app.page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([app.page.waitForEvent("download"), app.page.getByRole("menuitem", { name: /SVG/ }).click()]);
    const path = "/tmp/coopnet-map-export.svg";
    await download.saveAs(path);
    const svg = readFileSync(path, "utf8");
    assert.match(svg, />Sichuan<\/text>/);
    assert.match(svg, />Chongqing<\/text>/);
    // the outlines: filled paths of many points, beneath the graph
    const outlines = [...svg.matchAll(/<path d="([^"]+)" fill="#[0-9A-F]{6}"/gi)].filter((m) => (m[1].match(/L/g) ?? []).length > 50);
    assert.ok(outlines.length >= 2, `province outlines in the SVG: ${outlines.length}`);
    // the links across the border, drawn above the others in their own warm colour
    const crossing = [...svg.matchAll(/<path d="([^"]+)" fill="none" stroke="#C2410C"/g)];
    assert.equal(crossing.length, 1, "one stroke of cross-border links");
    assert.ok((crossing[0][1].match(/M/g) ?? []).length >= 1);
    const otherLinks = [...svg.matchAll(/fill="none" stroke="(#[0-9A-Fa-f]{6})"[^>]*stroke-linecap="round"/g)].filter((m) => m[1] !== "#C2410C");
    assert.ok(otherLinks.length > 0);
    assert.ok(otherLinks.every((m) => m.index < crossing[0].index), "drawn after the other links");
  } finally {
    await app.close();
  }
});

test("coordinates are read from a GEXF file's latitude and longitude; a file without any says it has no places to pin", async () => {
  const app = await openApp({ lang: "en", layout: "map", data: "/__fixtures__/formats/places-latlng.gexf" });
  try {
    await waitForStatus(app.page, "ready");
    await layoutAtRest(app.page);
    const [chengdu, chongqing, mianyang] = await Promise.all(["chengdu", "chongqing", "mianyang"].map((id) => screenAt(app.page, id)));
    assert.ok(chengdu.x < chongqing.x && chengdu.y < chongqing.y, "Chengdu lies north-west of Chongqing");
    assert.ok(mianyang.y < chengdu.y, "Mianyang lies north of Chengdu");
    assert.equal(await app.page.getByText(/no places with coordinates/).count(), 0);

    await app.page.goto(`${new URL(app.page.url()).origin}/?lang=en&layout=map&data=/__fixtures__/small.json`);
    await waitForStatus(app.page, "ready");
    const note = app.page.getByRole("status").filter({ hasText: "This graph has no places with coordinates (lat, lng) to pin on the map" });
    await note.waitFor();
    assert.equal(await app.page.getByRole("combobox", { name: "Arrangement" }).inputValue(), "map");
    await layoutAtRest(app.page);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
