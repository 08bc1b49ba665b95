// The offline copy's template, dist/offline.html (built beside the app by
// scripts/offlineTemplate.ts), fetched from the app's own origin when a copy is made.
import { fetchBytes } from "../io/fetchBytes";

export async function fetchOfflineTemplate(): Promise<string> {
  const { bytes } = await fetchBytes(new URL("offline.html", globalThis.location?.href).href, "offline.html");
  return new TextDecoder().decode(bytes);
}
