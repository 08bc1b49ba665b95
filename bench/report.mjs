// Turns the raw per-run figures into medians and Markdown: one table per size, a row per
// implementation, and for ours a row of ratios to the best peer.

/** Median of the finite numbers (Infinity counts: it stands for "not reached"); null if none. */
export function median(values) {
  const v = values.filter((x) => typeof x === "number" && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const get = (obj, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);

/**
 * The figures, in table order. better: "low" or "high" (for the ratio row); fmt: number → text.
 * `settled` is special: a run that did not settle counts as Infinity in its median.
 */
export const COLUMNS = [
  { key: "dataLoadedMs", title: "data loaded (ms)", better: "low", fmt: int },
  { key: "firstRenderMs", title: "first render (ms)", better: "low", fmt: int },
  { key: "settledMs", title: "layout settled (ms)", better: "low", fmt: int },
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

function int(x) {
  return Math.round(x).toLocaleString("en-US");
}
function one(x) {
  return x.toFixed(1);
}
function three(x) {
  return x.toFixed(3);
}

/** Medians over the runs of one implementation at one size. */
export function summarize(runs, { jsGzipKB }) {
  const out = { runs: runs.length, errors: [...new Set(runs.map((r) => r.error).filter(Boolean))] };
  for (const col of COLUMNS) {
    if (col.key === "jsGzipKB") continue;
    if (col.key === "settledMs") {
      out.settledMs = median(runs.filter((r) => r.settle).map((r) => (r.settle.state === "settled" ? r.settle.ms : Infinity)));
      continue;
    }
    setPath(out, col.key, median(runs.map((r) => get(r, col.key))));
  }
  out.jsGzipKB = jsGzipKB;
  const notSettled = runs.map((r) => r.settle).filter((s) => s && s.state !== "settled");
  out.settleLabel = notSettled.length ? mostCommon(notSettled.map((s) => s.label)) : null;
  out.layoutDoneBeforeFps = runs.some((r) => r.fpsLayout?.layoutDoneBeforeEnd);
  return out;
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

function ratioCell(ours, peers, col) {
  const mine = get(ours, col.key);
  const values = peers.map((p) => get(p, col.key)).filter((v) => typeof v === "number" && Number.isFinite(v));
  if (typeof mine !== "number" || !Number.isFinite(mine) || !values.length) return "—";
  const best = col.better === "high" ? Math.max(...values) : Math.min(...values);
  if (best === 0) return mine === 0 ? "×1.00" : "—";
  return `×${(mine / best).toFixed(2)}`;
}

/** @param {Record<string, object>} byImpl summaries of one size, keyed by implementation */
export function sizeTable(size, byImpl, meta) {
  const names = Object.keys(byImpl);
  const lines = [
    `### ${size.toLocaleString("en-US")} nodes, ${meta.edges.toLocaleString("en-US")} edges, ${meta.communities} communities`,
    "",
    `| implementation | ${COLUMNS.map((c) => c.title).join(" | ")} |`,
    `| --- | ${COLUMNS.map(() => "---:").join(" | ")} |`,
  ];
  for (const name of names) lines.push(`| ${name} | ${COLUMNS.map((c) => cell(byImpl[name], c)).join(" | ")} |`);
  const peers = names.filter((n) => n !== "ours").map((n) => byImpl[n]);
  if (byImpl.ours && peers.length)
    lines.push(`| *ours ÷ best peer* | ${COLUMNS.map((c) => ratioCell(byImpl.ours, peers, c)).join(" | ")} |`);
  const errors = names.flatMap((n) => byImpl[n].errors.map((e) => `- ${n}: ${e}`));
  if (errors.length) lines.push("", "Errors:", ...errors);
  return lines.join("\n");
}

export function seedTable(summary) {
  return [
    "### Seed dataset (ours, no `?data=`)",
    "",
    "| figure | median |",
    "| --- | ---: |",
    `| data loaded (ms) | ${summary.dataLoadedMs == null ? "n/a" : int(summary.dataLoadedMs)} |`,
    `| first render (ms) | ${summary.firstRenderMs == null ? "n/a" : int(summary.firstRenderMs)} |`,
    `| runs | ${summary.runs} |`,
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
    `- runs per figure: ${options.runs} (median), fresh browser per run, viewport 1600×900 at deviceScaleFactor 1`,
    `- limits: first render ${limits.firstRenderS} s, layout ${limits.settleS} s (sigma's FA2 is stopped at 30 s), ${limits.runS} s per run`,
    `- JS gzip: ${js}`,
    durationS != null ? `- whole run took ${Math.round(durationS / 60)} min` : null,
    "",
    "Lower is better except fps. Ratio row: ours ÷ the best peer's value for that figure (for fps, above 1 is better; elsewhere below 1 is better). " +
      "† fps while layout runs: in at least one run the layout had finished (or was stopped) before the sequence ended (a page that cannot keep up with the input stretches it). " +
      "Definitions: bench/README.md.",
  ]
    .filter((l) => l !== null)
    .join("\n");
}
