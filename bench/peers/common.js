// Shared by the peer pages: read ?data=, fetch the node-link file, the marks, the colours
// and window.__bench, the one hook the benchmark reads positions through.

/** d3.schemePaired: what force-graph's nodeAutoColorBy uses; sigma gets the same colours. */
export const PALETTE = [
  "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c",
  "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928",
];

const params = new URLSearchParams(location.search);

/** @returns {Promise<{nodes: {id: string, community: number}[], links: {source: string, target: string}[]}>} */
export async function loadNodeLink() {
  const url = params.get("data");
  if (!url) throw new Error("no ?data= given");
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  const data = await res.json();
  performance.mark("graph:data-loaded");
  return data;
}

const marked = new Set();
export function markOnce(name) {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

/** @param {() => number[]} positions x,y interleaved in the file's node order */
export function expose(positions) {
  window.__bench = { positions };
}

export function showError(err) {
  document.body.textContent = String(err?.stack ?? err);
  document.body.dataset.error = "1";
  console.error(err);
}
