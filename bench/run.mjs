// npm run bench [-- --sizes 1000,5000] [--impl ours,force-graph,sigma] [--runs 3] [--seed-runs 5]
//                  [--only sizes,interaction,seed] [--quick] [--no-build] [--seed 42]
// Generates the graphs, builds the app (and serves a copy of dist/) and the peers, serves everything from one loopback
// server, measures each implementation in a fresh headless Chromium per run, and writes
// bench/results/latest.md and bench/results/<ISO date>.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../tests/e2e/server.mjs";
import { APP_SNAPSHOT, PEERS_OUT, appJsSize, buildApp, ensurePeers, peerJsSize, snapshotApp } from "./builds.mjs";
import {
  DEFAULT_DATA_DIR,
  DEFAULT_SEED,
  REFERENCE_GRAPH,
  ensureDatasets,
  ensureReferenceGraph,
  nodeLinkFileName,
  syntheticFiles,
} from "./generate.mjs";
import { IMPLS, ZOOM_PAN_IMPLS } from "./impls.mjs";
import { ZOOM_PAN } from "./measure.mjs";
import { ZOOM_PAN_COLUMNS, header, seedTable, sizeTable, summarize, zoomPanTable } from "./report.mjs";
import { LIMITS, runOnce } from "./session.mjs";

const RESULTS = fileURLToPath(new URL("./results/", import.meta.url));
/** sizes: the synthetic graphs; interaction: the zoomed-in pan on the reference graph; seed: ours' embedded dataset */
const PARTS = ["sizes", "interaction", "seed"];
const started = Date.now();
const loadAtStart = os.loadavg()[0];
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function parseArgs(argv) {
  const opts = {
    sizes: [1000, 5000, 20000, 50000], impls: Object.keys(IMPLS), runs: 3, seedRuns: 5, only: PARTS, build: true, seed: DEFAULT_SEED,
  };
  const list = (v) => v.split(",").map((x) => x.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes("=") ? a.split(/=(.*)/) : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--sizes") opts.sizes = list(value()).map(Number);
    else if (flag === "--impl" || flag === "--impls") opts.impls = list(value());
    else if (flag === "--runs") opts.runs = Number(value());
    else if (flag === "--seed-runs") opts.seedRuns = Number(value());
    else if (flag === "--only") opts.only = list(value());
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
  const unknownParts = opts.only.filter((p) => !PARTS.includes(p));
  if (unknownParts.length || !opts.only.length) throw new Error(`--only wants some of ${PARTS.join(",")}`);
  if (opts.sizes.some((s) => !Number.isInteger(s) || s < 10)) throw new Error("--sizes wants integers ≥ 10");
  if (!(opts.runs >= 1)) throw new Error("--runs wants a number ≥ 1");
  if (!(opts.seedRuns >= 1)) throw new Error("--seed-runs wants a number ≥ 1");
  return opts;
}

/** Which implementations each part runs, given --impl and --only. */
function plan(opts) {
  const has = (part) => opts.only.includes(part);
  return {
    sizes: has("sizes") ? opts.impls : [],
    interaction: has("interaction") ? opts.impls.filter((i) => ZOOM_PAN_IMPLS.includes(i)) : [],
    seed: has("seed") && opts.impls.includes("ours") ? ["ours"] : [],
  };
}

/** Builds (or snapshots) what the parts need; returns the implementations that can run, their JS sizes, the failures. */
async function prepareBuilds(opts, needed) {
  const buildErrors = {};
  if (needed.includes("ours")) {
    const err = (opts.build ? buildApp(log) : null) ?? snapshotApp();
    if (err) buildErrors.ours = err;
  }
  if (needed.some((i) => i !== "ours")) await ensurePeers(log);
  const jsSizes = {};
  for (const impl of needed) {
    if (buildErrors[impl]) continue;
    try {
      jsSizes[impl] = impl === "ours" ? appJsSize() : peerJsSize(impl);
    } catch (err) {
      buildErrors[impl] = `no build to measure: ${err.message}`;
    }
  }
  for (const [impl, err] of Object.entries(buildErrors)) log(`${impl} skipped: ${err}`);
  return { ok: needed.filter((i) => !buildErrors[i]), jsSizes, buildErrors };
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

const f = (x, d = 0) => (x == null ? "n/a" : x.toFixed(d));
function describeRun(r) {
  if (r.error) return `error: ${r.error}`;
  const settle = r.settle ? (r.settle.state === "settled" ? `${f(r.settle.ms)} ms` : r.settle.label) : "n/a";
  const firstRender = `first render ${f(r.firstRenderMs)} ms`;
  const note = r.note ? ` (${r.note})` : "";
  if (r.kind === "seed") return `data loaded ${f(r.dataLoadedMs)} ms, ${firstRender}${note}`;
  if (r.kind === "zoom-pan")
    return `${firstRender}, settled ${settle}, zoom+pan fps ${f(r.zoomPan?.fps, 1)}, p95 ${f(r.zoomPan?.p95, 1)} ms, longest ${f(r.zoomPan?.max, 1)} ms${note}`;
  return `${firstRender}, settled ${settle}, fps ${f(r.fpsLayout?.fps, 1)} / ${f(r.fpsRest?.fps, 1)}, edge ratio ${f(r.quality?.edgeRatio, 3)}${note}`;
}

/** `runs` rounds of every implementation on one job (run k of each before run k+1, so slow drifts hit all alike). */
async function rounds(base, impls, runs, job, label) {
  const out = Object.fromEntries(impls.map((i) => [i, []]));
  for (let k = 0; k < runs; k++) {
    for (const impl of impls) {
      const r = await runOnce(base, impl, job);
      out[impl].push(r);
      log(`${label} ${impl} run ${k + 1}/${runs}: ${describeRun(r)}`);
    }
  }
  return out;
}

/** Runs the parts: raw results per synthetic size, for the zoomed-in pan, and for the embedded dataset. */
async function runParts(base, opts, parts, reference) {
  const raw = { sizes: {}, zoomPan: null, seedDataset: [] };
  for (const size of parts.sizes.length ? opts.sizes : []) {
    const job = { kind: "synthetic", size, files: syntheticFiles(size), truth: readTruth(size) };
    raw.sizes[size] = await rounds(base, parts.sizes, opts.runs, job, String(size));
  }
  if (parts.interaction.length && reference) {
    const job = { kind: "zoom-pan", graph: reference.name, files: reference.files };
    raw.zoomPan = await rounds(base, parts.interaction, opts.runs, job, `${reference.name} zoom+pan`);
  }
  if (parts.seed.length) raw.seedDataset = (await rounds(base, ["ours"], opts.seedRuns, { kind: "seed" }, "embedded dataset")).ours;
  return raw;
}

function machineInfo(raw) {
  const all = [
    ...Object.values(raw.sizes).flatMap((s) => Object.values(s).flat()),
    ...Object.values(raw.zoomPan ?? {}).flat(),
    ...raw.seedDataset,
  ];
  const browser = all.find((r) => r.browser)?.browser;
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? "unknown CPU",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    browser: browser ? `Chromium ${browser}` : "Chromium (version unknown)",
    node: process.versions.node,
    loadAverageAtStart: Math.round(loadAtStart * 100) / 100,
  };
}

/** Medians of every part. */
function summarizeAll(raw, jsSizes) {
  const byImpl = (runsByImpl, columns) =>
    Object.fromEntries(Object.entries(runsByImpl).map(([impl, runs]) => [impl, summarize(runs, { jsGzipKB: jsSizes[impl]?.gzipKB, columns })]));
  return {
    sizes: Object.fromEntries(Object.entries(raw.sizes).map(([size, runs]) => [size, byImpl(runs)])),
    zoomPan: raw.zoomPan ? byImpl(raw.zoomPan, ZOOM_PAN_COLUMNS) : null,
    seed: raw.seedDataset.length ? summarize(raw.seedDataset, { jsGzipKB: jsSizes.ours?.gzipKB }) : null,
  };
}

/** The reference graph copied into the data directory, or null (logged) if it cannot be read. */
function prepareReference() {
  if (!existsSync(REFERENCE_GRAPH)) {
    log(`interaction skipped: no reference graph at ${REFERENCE_GRAPH}`);
    return null;
  }
  return ensureReferenceGraph(REFERENCE_GRAPH, DEFAULT_DATA_DIR);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const command =
    process.env.npm_lifecycle_event === "bench"
      ? `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`
      : `node bench/run.mjs ${process.argv.slice(2).join(" ")}`.trim();
  const wanted = plan(opts);
  if (!Object.values(wanted).some((impls) => impls.length)) throw new Error("nothing to run: see --only and --impl");
  const notPanned = opts.only.includes("interaction") ? opts.impls.filter((i) => !ZOOM_PAN_IMPLS.includes(i)) : [];
  if (notPanned.length) log(`the zoomed-in pan runs on ${ZOOM_PAN_IMPLS.join(" and ")} only, not ${notPanned.join(", ")}`);
  const datasets = wanted.sizes.length ? ensureDatasets(opts.sizes, { seed: opts.seed, log }) : {};
  const reference = wanted.interaction.length ? prepareReference() : null;
  const { ok, jsSizes, buildErrors } = await prepareBuilds(opts, [...new Set(Object.values(wanted).flat())]);
  const parts = Object.fromEntries(Object.entries(wanted).map(([part, impls]) => [part, impls.filter((i) => ok.includes(i))]));

  const server = await startServer({
    mounts: [["/app/", APP_SNAPSHOT], ["/peers/", PEERS_OUT], ["/data/", DEFAULT_DATA_DIR]],
  });
  let raw;
  try {
    raw = await runParts(server.url, opts, parts, reference);
  } finally {
    await server.close();
  }

  const date = new Date().toISOString();
  const machine = machineInfo(raw);
  const summaries = summarizeAll(raw, jsSizes);
  const durationS = (Date.now() - started) / 1000;
  const md = [
    header({ date, command, machine, options: opts, limits: LIMITS, jsSizes, durationS }),
    ...Object.entries(buildErrors).map(([impl, err]) => `\n**${impl} not measured:**\n\n\`\`\`\n${err}\n\`\`\``),
    ...Object.entries(summaries.sizes).map(([size, byImpl]) => sizeTable(Number(size), byImpl, datasets[size])),
    ...(summaries.zoomPan ? [zoomPanTable(summaries.zoomPan, reference, ZOOM_PAN)] : []),
    ...(summaries.seed ? [seedTable(summaries.seed, raw.seedDataset)] : []),
  ].join("\n\n");
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "latest.md"), `${md}\n`);
  const json = {
    date, command, machine, options: opts, limits: LIMITS, datasets, reference, zoomPan: ZOOM_PAN, jsSizes, buildErrors, durationS,
    summaries: summaries.sizes, zoomPanSummary: summaries.zoomPan, seedSummary: summaries.seed, raw,
  };
  writeFileSync(join(RESULTS, `${date.replace(/:/g, "-").replace(/\.\d+Z$/, "Z")}.json`), `${JSON.stringify(json, null, 1)}\n`);
  console.log(md);
  log(`done in ${(durationS / 60).toFixed(1)} min: bench/results/latest.md`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
