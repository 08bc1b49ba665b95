// Takes screenshots of the production build in headless Chromium: both languages, both
// themes, 1920×1080 and a 400-pixel-wide iframe. Writes PNGs to the folder given (docs/screenshots).
//   npm run build && node scripts/screenshots.mjs [outDir] [name=query ...]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/e2e/browser.mjs";
import { startServer } from "../tests/e2e/server.mjs";

const out = process.argv[2] ?? "docs/screenshots";
const extra = process.argv.slice(3).map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]);
mkdirSync(out, { recursive: true });
const server = await startServer({ mounts: [["/__fixtures__/", "tests/fixtures"], ["/", "dist"]] });
const browser = await launchBrowser();

const shots = extra.length
  ? extra.map(([name, query]) => (name.startsWith("iframe") ? { name, query, width: 400, height: 640, iframe: true } : { name, query, width: 1920, height: 1080 }))
  : [
      { name: "graph-zh-1920", query: "lang=zh", width: 1920, height: 1080 },
      { name: "panel-zh-1920", query: "lang=zh&node=sisu", width: 1920, height: 1080 },
      { name: "panel-en-1920", query: "lang=en&node=cqipc", width: 1920, height: 1080 },
      { name: "graph-en-1920", query: "lang=en", width: 1920, height: 1080 },
      { name: "graph-en-dark-1920", query: "lang=en&theme=dark", width: 1920, height: 1080 },
      { name: "graph-zh-dark-1920", query: "lang=zh&theme=dark&layout=two-cities", width: 1920, height: 1080 },
      { name: "table-en-1920", query: "lang=en&view=table", width: 1920, height: 1080 },
      { name: "iframe-zh-400", query: "lang=zh&embed=1", width: 400, height: 640, iframe: true },
      { name: "iframe-en-400", query: "lang=en&embed=1&node=sisu", width: 400, height: 640, iframe: true },
      { name: "iframe-zh-400-panel", query: "lang=zh&embed=1&node=cqipc&theme=dark", width: 400, height: 640, iframe: true },
    ];

for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.iframe ? 480 : shot.width, height: shot.iframe ? 720 : shot.height } });
  const url = `${server.url}/?${shot.query}`;
  if (shot.iframe) {
    await page.setContent(
      `<body style="margin:0;background:#ddd;padding:40px"><iframe src="${url}" width="${shot.width}" height="${shot.height}" style="border:1px solid #999;background:#fff"></iframe></body>`,
    );
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForFunction(() => performance.getEntriesByName("graph:layout-settled").length > 0, null, { timeout: 60000 });
  } else {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("graph:layout-settled").length > 0 || document.querySelector('[data-graph-status="error"]'), null, { timeout: 60000 });
  }
  await page.waitForTimeout(600);
  writeFileSync(join(out, `${shot.name}.png`), await page.screenshot());
  console.log(`${shot.name}.png`);
  await page.close();
}
await browser.close();
await server.close();
