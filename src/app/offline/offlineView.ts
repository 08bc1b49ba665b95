// What the offline copy carries besides its graph: the view it was made from (URL
// parameters) and the graph file's name, read from the page's view block.
import { OFFLINE_VIEW_ID, type OfflineView } from "../../io/offlineHtml";

export function readOfflineView(doc: Document = document): OfflineView {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(doc.getElementById(OFFLINE_VIEW_ID)?.textContent || "null");
  } catch {
    // a damaged block: start as the template does
  }
  const view = (parsed ?? {}) as Partial<OfflineView>;
  return {
    params: typeof view.params === "string" ? view.params : "",
    file: typeof view.file === "string" && view.file ? view.file : "chengyu-education.json",
  };
}
