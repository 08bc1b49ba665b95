// The offline copy's stand-in for data/embedded.ts (swapped in by the offline build): the
// "embedded" graph is the one written into the page's data block, read without a request.
import { OFFLINE_DATA_ID } from "../../io/offlineHtml";
import { readOfflineView } from "./offlineView";

/** never fetched: only the name the graph is known by (its file name, for messages and exports) */
export const EMBEDDED_DATA_URL = `./${encodeURIComponent(readOfflineView().file)}`;

export async function readEmbedded(): Promise<{ bytes: Uint8Array; mime?: string }> {
  const text = document.getElementById(OFFLINE_DATA_ID)?.textContent ?? "";
  return { bytes: new TextEncoder().encode(text), mime: "application/json" };
}
