// Turns the raw per-run figures into medians and Markdown: one table per size and one for the
// zoomed-in pan on the reference graph, a row per implementation, then rows of ratios: ours ÷
// force-graph and ours ÷ the best peer; and the embedded dataset's first render.

/** Median of the finite numbers (Infinity counts: it stands for "not reached"); null if none. */
export function median(values) {
  const v = values.filter((x) => typeof x === "number" && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const get = (obj, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);

/** Loading and settling: the first figures of every table. */
const LOAD_COLUMNS = [
  { key: "dataLoadedMs", title: "data loaded (ms)", better: "low", fmt: int },
  { key: "firstRenderMs", title: "first render (ms)", better: "low", fmt: int },
  { key: "settledMs", title: "layout settled (ms)", better: "low", fmt: int },
];

/**
 * The figures of a synthetic size, in table order. better: "low" or "high" (for the ratio
 * rows); fmt: number → text. `settledMs` is special: a run that did not settle counts as
 * Infinity in its median.
 */
export const COLUMNS = [
  ...LOAD_COLUMNS,
  { key: "fpsLayout.fps", title: "fps while layout runs", better: "high", fmt: one },
  { key: "fpsLayout.p95", title: "p95 frame (ms), layout", better: "low", fmt: one },
  { key: "fpsRest.fps", title: "fps at rest", better: "high", fmt: one },
  { key: "fpsRest.p95", title: "p95 frame (ms), rest", better: "low", fmt: one },
  { key: "longTasks.count", title: "long tasks 0–10 s", better: "low", fmt: int },
  { key: "longTasks.totalMs", title: "long-task ms 0–10 s", better: "low", fmt: int },
  { key: "longTasks.longestMs", title: "longest task 0–10 s (ms)", better: "low", fmt: int },
  { key: "longTasks.longestAfterFirstRenderMs", title: "longest task after 1st render (ms)", better: "low", fmt: int },
  { key: "heapMB", title: "JS heap (MB)", better: "low", fmt: one },
  { key: "jsGzipKB", title: "JS gzip (KB)", better: "low", fmt: one },
  { key: "quality.edgeRatio", title: "edge ratio", better: "low", fmt: three },
  { key: "quality.communityRatio", title: "community ratio", better: "low", fmt: three },
];

/** The figures of the zoomed-in pan on the reference graph. */
export const ZOOM_PAN_COLUMNS = [
  ...LOAD_COLUMNS,
  { key: "zoomPan.fps", title: "fps, zoom + pan", better: "high", fmt: one },
  { key: "zoomPan.p95", title: "p95 frame (ms)", better: "low", fmt: one },
  { key: "zoomPan.max", title: "longest frame (ms)", better: "low", fmt: one },
];

function int(x) {
  return Math.round(x).toLocaleString("en-US");
}
function one(x) {
  return x.toFixed(1);
}
function three(x) {
  return x.toFixed(3);
}

/** Medians over the runs of one implementation on one graph, for `columns` (default COLUMNS). */
export function summarize(runs, { jsGzipKB, columns = COLUMNS } = {}) {
  const out = { runs: runs.length, errors: [...new Set(runs.map(runProblem).filter(Boolean))] };
  for (const col of columns) {
    if (col.key === "jsGzipKB") out.jsGzipKB = jsGzipKB;
    else if (col.key === "settledMs")
      out.settledMs = median(runs.filter((r) => r.settle).map((r) => (r.settle.state === "settled" ? r.settle.ms : Infinity)));
    else setPath(out, col.key, median(runs.map((r) => get(r, col.key))));
  }
  const notSettled = runs.map((r) => r.settle).filter((s) => s && s.state !== "settled");
  out.settleLabel = notSettled.length ? mostCommon(notSettled.map((s) => s.label)) : null;
  out.layoutDoneBeforeFps = runs.some((r) => r.fpsLayout?.layoutDoneBeforeEnd);
  return out;
}

/** A run's error, or why its first render is missing (with the page's first error), or null. */
function runProblem(r) {
  if (r.error) return r.error;
  if (r.firstRenderMs != null || !r.note) return null;
  return `${r.note}${r.pageErrors?.[0] ? `; page error: ${r.pageErrors[0]}` : ""}`;
}

function setPath(obj, path, value) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys.at(-1)] = value;
}

function mostCommon(list) {
  const counts = new Map();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function cell(summary, col) {
  const v = get(summary, col.key);
  if (col.key === "settledMs" && v === Infinity) return summary.settleLabel ?? "not settled";
  if (v == null || !Number.isFinite(v)) return "n/a";
  const text = col.fmt(v);
  return col.key === "fpsLayout.fps" && summary.layoutDoneBeforeFps ? `${text} †` : text;
}

/** ours ÷ the best of `peers` for one column ("—" if either is missing). */
function ratioCell(ours, peers, col) {
  const mine = get(ours, col.key);
  const values = peers.map((p) => get(p, col.key)).filter((v) => typeof v === "number" && Number.isFinite(v));
  if (typeof mine !== "number" || !Number.isFinite(mine) || !values.length) return "—";
  const best = col.better === "high" ? Math.max(...values) : Math.min(...values);
  if (best === 0) return mine === 0 ? "×1.00" : "—";
  return `×${(mine / best).toFixed(2)}`;
}

/**
 * The ratio rows under a table: ours ÷ force-graph, and ours ÷ best peer unless that is the
 * same row (force-graph the only peer).
 */
function ratioRows(byImpl, columns) {
  if (!byImpl.ours) return [];
  const peers = Object.keys(byImpl).filter((n) => n !== "ours");
  const row = (label, of) => `| *${label}* | ${columns.map((c) => ratioCell(byImpl.ours, of.map((n) => byImpl[n]), c)).join(" | ")} |`;
  const rows = [];
  if (byImpl["force-graph"]) rows.push(row("ours ÷ force-graph", ["force-graph"]));
  if (peers.length && !(peers.length === 1 && byImpl["force-graph"])) rows.push(row("ours ÷ best peer", peers));
  return rows;
}

const RATIO_NOTE =
  "Ratio rows: ours' median ÷ the peer's (best peer: the best value among the peers). " +
  "For fps, above ×1 means ours is better; for every other column, below ×1 means ours is better.";

/**
 * A table with a row per implementation, the ratio rows, a note under it and the runs' errors.
 * @param {Record<string, object>} byImpl summaries keyed by implementation
 */
function implTable(heading, columns, byImpl, notes = []) {
  const names = Object.keys(byImpl);
  const ratios = ratioRows(byImpl, columns);
  const lines = [
    heading,
    "",
    `| implementation | ${columns.map((c) => c.title).join(" | ")} |`,
    `| --- | ${columns.map(() => "---:").join(" | ")} |`,
    ...names.map((name) => `| ${name} | ${columns.map((c) => cell(byImpl[name], c)).join(" | ")} |`),
    ...ratios,
  ];
  const allNotes = [...(ratios.length ? [RATIO_NOTE] : []), ...notes];
  if (allNotes.length) lines.push("", allNotes.join(" "));
  const errors = names.flatMap((n) => byImpl[n].errors.map((e) => `- ${n}: ${e}`));
  if (errors.length) lines.push("", "Errors:", ...errors);
  return lines.join("\n");
}

/** @param {Record<string, object>} byImpl summaries of one size, keyed by implementation */
export function sizeTable(size, byImpl, meta) {
  const heading = `### ${size.toLocaleString("en-US")} nodes, ${meta.edges.toLocaleString("en-US")} edges, ${meta.communities} communities`;
  return implTable(heading, COLUMNS, byImpl);
}

/** The zoomed-in pan on the reference graph. meta: ensureReferenceGraph's answer. */
export function zoomPanTable(byImpl, meta, zoomPan) {
  const heading = `### Zoomed-in pan on ${meta.name} (${meta.nodes.toLocaleString("en-US")} nodes, ${meta.edges.toLocaleString("en-US")} edges), once the layout has settled`;
  const note =
    `The interaction: ${zoomPan.notches} wheel notches in at the centre, a ${zoomPan.dragSteps}-step drag pan from an empty spot, ` +
    `${zoomPan.notches} notches out, one step every ${zoomPan.stepMs} ms, then ${zoomPan.tailMs} ms at rest; ` +
    "fps and frame intervals from requestAnimationFrame timestamps over all of it.";
  return implTable(heading, ZOOM_PAN_COLUMNS, byImpl, [note]);
}

/** Ours on its embedded dataset: medians, with the range over the runs. */
export function seedTable(summary, runs) {
  const row = (title, key) => {
    const values = runs.map((r) => r[key]).filter((v) => typeof v === "number");
    const range = values.length ? `${int(Math.min(...values))}–${int(Math.max(...values))}` : "n/a";
    return `| ${title} | ${summary[key] == null ? "n/a" : int(summary[key])} | ${range} |`;
  };
  return [
    `### Embedded dataset (ours, no \`?data=\`), ${summary.runs} runs`,
    "",
    "| figure | median | min–max |",
    "| --- | ---: | ---: |",
    row("data loaded (ms)", "dataLoadedMs"),
    row("first render (ms)", "firstRenderMs"),
    ...(summary.errors.length ? ["", "Errors:", ...summary.errors.map((e) => `- ${e}`)] : []),
  ].join("\n");
}

export function header({ date, command, machine, options, limits, jsSizes, durationS }) {
  const js = Object.entries(jsSizes)
    .map(([name, s]) => `${name} ${s.gzipKB.toFixed(1)} KB${s.entryGzipKB != null ? ` (entry chunk ${s.entryGzipKB.toFixed(1)} KB)` : ""}`)
    .join("; ");
  return [
    "# Chengyu EduNet benchmark",
    "",
    `- date: ${date}`,
    `- command: \`${command}\``,
    `- machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ${machine.os}; ${machine.browser}; Node ${machine.node}; 1-min load average at start ${machine.loadAverageAtStart}; no GPU (canvas 2D and WebGL rasterize in software, WebGL on SwiftShader)`,
    `- runs per figure: ${options.runs} (median; the embedded dataset: ${options.seedRuns}), fresh browser per run, viewport 1600×900 at deviceScaleFactor 1`,
    `- parts: ${options.only.join(", ")}`,
    `- limits: first render ${limits.firstRenderS} s, layout ${limits.settleS} s (sigma's FA2 is stopped at 30 s), ${limits.runS} s per run`,
    `- JS gzip: ${js}`,
    durationS != null ? `- whole run took ${Math.round(durationS / 60)} min` : null,
    "",
    "Lower is better except fps. Ratio rows: ours ÷ force-graph, and ours ÷ the best peer's value for that figure (for fps, above ×1 is better; elsewhere below ×1 is better). " +
      "† fps while layout runs: in at least one run the layout had finished (or was stopped) before the sequence ended (a page that cannot keep up with the input stretches it). " +
      "Definitions: bench/README.md.",
  ]
    .filter((l) => l !== null)
    .join("\n");
}
