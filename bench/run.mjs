// npm run bench [-- --sizes 1000,5000] [--impl ours,force-graph,sigma] [--runs 3] [--quick]
//                  [--no-build] [--seed 42]
// Generates the graphs, builds the app (and serves a copy of dist/) and the peers, serves everything from one loopback
// server, measures each implementation in a fresh headless Chromium per run, and writes
// bench/results/latest.md and bench/results/<ISO date>.json.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../tests/e2e/server.mjs";
import { APP_SNAPSHOT, PEERS_OUT, appJsSize, buildApp, ensurePeers, peerJsSize, snapshotApp } from "./builds.mjs";
import { DEFAULT_DATA_DIR, DEFAULT_SEED, ensureDatasets, nodeLinkFileName } from "./generate.mjs";
import { IMPLS } from "./impls.mjs";
import { header, seedTable, sizeTable, summarize } from "./report.mjs";
import { LIMITS, runOnce } from "./session.mjs";

const RESULTS = fileURLToPath(new URL("./results/", import.meta.url));
const started = Date.now();
const loadAtStart = os.loadavg()[0];
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function parseArgs(argv) {
  const opts = { sizes: [1000, 5000, 20000, 50000], impls: Object.keys(IMPLS), runs: 3, build: true, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes("=") ? a.split(/=(.*)/) : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--sizes") opts.sizes = value().split(",").map(Number);
    else if (flag === "--impl" || flag === "--impls") opts.impls = value().split(",");
    else if (flag === "--runs") opts.runs = Number(value());
    else if (flag === "--quick") Object.assign(opts, { sizes: [1000, 5000], runs: 1 });
    else if (flag === "--no-build") opts.build = false;
    else if (flag === "--seed") opts.seed = Number(value());
    else if (flag === "--help" || flag === "-h") {
      console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(0, 2).join("\n"));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  const unknown = opts.impls.filter((i) => !IMPLS[i]);
  if (unknown.length) throw new Error(`unknown implementation(s) ${unknown.join(", ")}; known: ${Object.keys(IMPLS).join(", ")}`);
  if (opts.sizes.some((s) => !Number.isInteger(s) || s < 10)) throw new Error("--sizes wants integers ≥ 10");
  if (!(opts.runs >= 1)) throw new Error("--runs wants a number ≥ 1");
  return opts;
}

/** The planted communities and edges as indices, for the quality figures. */
function readTruth(size) {
  const data = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, nodeLinkFileName(size)), "utf8"));
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  return {
    community: Int32Array.from(data.nodes, (n) => n.community),
    edges: data.links.map((l) => [index.get(l.source), index.get(l.target)]),
  };
}

function describeRun(r) {
  if (r.error) return `error: ${r.error}`;
  const f = (x, d = 0) => (x == null ? "n/a" : x.toFixed(d));
  const settle = r.settle ? (r.settle.state === "settled" ? `${f(r.settle.ms)} ms` : r.settle.label) : "n/a";
  return (
    `first render ${f(r.firstRenderMs)} ms, settled ${settle}, fps ${f(r.fpsLayout?.fps, 1)} / ${f(r.fpsRest?.fps, 1)}, ` +
    `edge ratio ${f(r.quality?.edgeRatio, 3)}${r.note ? ` (${r.note})` : ""}`
  );
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const command =
    process.env.npm_lifecycle_event === "bench"
      ? `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`
      : `node bench/run.mjs ${process.argv.slice(2).join(" ")}`.trim();
  const datasets = ensureDatasets(opts.sizes, { seed: opts.seed, log });

  const buildErrors = {};
  if (opts.impls.includes("ours")) {
    const err = (opts.build ? buildApp(log) : null) ?? snapshotApp();
    if (err) buildErrors.ours = err;
  }
  const peers = opts.impls.filter((i) => i !== "ours");
  if (peers.length) await ensurePeers(log);
  const jsSizes = {};
  for (const impl of opts.impls) {
    if (buildErrors[impl]) continue;
    try {
      jsSizes[impl] = impl === "ours" ? appJsSize() : peerJsSize(impl);
    } catch (err) {
      buildErrors[impl] = `no build to measure: ${err.message}`;
    }
  }
  const impls = opts.impls.filter((i) => !buildErrors[i]);
  for (const [impl, err] of Object.entries(buildErrors)) log(`${impl} skipped: ${err}`);

  const server = await startServer({
    mounts: [["/app/", APP_SNAPSHOT], ["/peers/", PEERS_OUT], ["/data/", DEFAULT_DATA_DIR]],
  });
  const raw = { sizes: {}, seedDataset: [] };
  try {
    for (const size of opts.sizes) {
      const truth = readTruth(size);
      raw.sizes[size] = Object.fromEntries(impls.map((i) => [i, []]));
      // run k of every implementation before run k+1, so slow drifts hit all alike
      for (let k = 0; k < opts.runs; k++) {
        for (const impl of impls) {
          const r = await runOnce(server.url, impl, size, truth);
          raw.sizes[size][impl].push(r);
          log(`${size} ${impl} run ${k + 1}/${opts.runs}: ${describeRun(r)}`);
        }
      }
    }
    if (impls.includes("ours")) {
      for (let k = 0; k < opts.runs; k++) {
        const r = await runOnce(server.url, "ours", null, null);
        raw.seedDataset.push(r);
        log(`seed dataset ours run ${k + 1}/${opts.runs}: first render ${r.firstRenderMs == null ? "n/a" : Math.round(r.firstRenderMs)} ms${r.error ? `, error: ${r.error}` : ""}`);
      }
    }
  } finally {
    await server.close();
  }

  const browser = Object.values(raw.sizes).flatMap((s) => Object.values(s).flat()).concat(raw.seedDataset)[0]?.browser;
  const date = new Date().toISOString();
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? "unknown CPU",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    browser: browser ? `Chromium ${browser}` : "Chromium (version unknown)",
    node: process.versions.node,
    loadAverageAtStart: Math.round(loadAtStart * 100) / 100,
  };
  const summaries = {};
  for (const [size, byImpl] of Object.entries(raw.sizes)) {
    summaries[size] = {};
    for (const [impl, runs] of Object.entries(byImpl)) summaries[size][impl] = summarize(runs, { jsGzipKB: jsSizes[impl].gzipKB });
  }
  const seedSummary = raw.seedDataset.length ? summarize(raw.seedDataset, { jsGzipKB: jsSizes.ours?.gzipKB }) : null;
  const durationS = (Date.now() - started) / 1000;

  const md = [
    header({ date, command, machine, options: opts, limits: LIMITS, jsSizes, durationS }),
    ...Object.entries(buildErrors).map(([impl, err]) => `\n**${impl} not measured:**\n\n\`\`\`\n${err}\n\`\`\``),
    ...Object.entries(summaries).map(([size, byImpl]) => sizeTable(Number(size), byImpl, datasets[size])),
    ...(seedSummary ? [seedTable(seedSummary)] : []),
  ].join("\n\n");
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "latest.md"), `${md}\n`);
  const json = { date, command, machine, options: opts, limits: LIMITS, datasets, jsSizes, buildErrors, durationS, summaries, seedSummary, raw };
  writeFileSync(join(RESULTS, `${date.replace(/:/g, "-").replace(/\.\d+Z$/, "Z")}.json`), `${JSON.stringify(json, null, 1)}\n`);
  console.log(md);
  log(`done in ${(durationS / 60).toFixed(1)} min: bench/results/latest.md`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
