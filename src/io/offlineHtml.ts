// The offline copy is one HTML page: the app's code (in hashed inline scripts) and two data
// blocks, <script type="application/json"> elements the browser never runs: the graph file
// and the view (the URL parameters to start with, the graph file's name). Filling the
// blocks leaves the scripts, and so the hashes in the page's Content-Security-Policy, as
// they are.

export const OFFLINE_DATA_ID = "coopnet-offline-data";
export const OFFLINE_VIEW_ID = "coopnet-offline-view";

export interface OfflineView {
  /** URL parameters (without "?") the page starts with when opened without any */
  params: string;
  /** the name of the graph file the data block holds (shown and used for exports) */
  file: string;
}

/**
 * JSON whose text can sit inside a <script> element: every "<" (only ever inside a string)
 * written as \u003c, so neither "</script>" nor "<!--" can end or bend the element.
 */
function scriptSafeJson(json: string): string {
  return json.replace(/</g, "\\u003c");
}

function blockTag(id: string): string {
  return `<script type="application/json" id="${id}">`;
}

/** An empty data block of the given id, as the template holds it. */
export function dataBlock(id: string, json = ""): string {
  return `${blockTag(id)}${scriptSafeJson(json)}</script>`;
}

function fillBlock(html: string, id: string, json: string): string {
  const open = blockTag(id);
  const start = html.indexOf(open);
  if (start < 0) throw new Error(`the offline page has no block "${id}"`);
  // the block's text has no "<" (scriptSafeJson), so the first "</script>" after it closes it
  const end = html.indexOf("</script>", start + open.length);
  if (end < 0) throw new Error(`the offline page's block "${id}" is not closed`);
  return html.slice(0, start) + dataBlock(id, json) + html.slice(end + "</script>".length);
}

/** The offline page with this graph file (JSON text) and view written into its data blocks. */
export function fillOfflineHtml(template: string, graphJson: string, view: OfflineView): string {
  return fillBlock(fillBlock(template, OFFLINE_DATA_ID, graphJson), OFFLINE_VIEW_ID, JSON.stringify(view));
}
