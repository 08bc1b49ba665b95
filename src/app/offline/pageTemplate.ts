// The offline copy's stand-in for data/offlineTemplate.ts (swapped in by the offline build):
// a copy made from a copy uses the page itself, as it was before the app rendered into it
// (main.ts imports this module first), since from disk there is nothing to fetch. Its
// scripts are unchanged, so the hashes of its Content-Security-Policy still hold.
const original = `<!doctype html>\n${document.documentElement.outerHTML}`;

export async function fetchOfflineTemplate(): Promise<string> {
  return original;
}
