// Fetches and reads a graph file, wherever it runs (the parse worker or, without
// workers, the main thread). Every failure becomes a GraphLoadError.
import type { GraphFile } from "../model/schema";
import { GraphLoadError } from "./errors";
import { readGraphJson } from "./readGraphJson";

export async function fetchText(url: string, file: string, signal?: AbortSignal): Promise<string> {
  try {
    const res = await fetch(url, { signal, credentials: "same-origin" });
    if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    return await res.text();
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new GraphLoadError("fetch", file, err instanceof Error ? err.message : String(err));
  }
}

export async function readFromUrl(url: string, file: string, signal?: AbortSignal): Promise<GraphFile> {
  return readGraphJson(await fetchText(url, file, signal), file);
}
