// Fetches a graph file's bytes; any failure (network, HTTP status) becomes a GraphLoadError
// of kind "fetch" that names the file. Credentials as a plain fetch() sends them, so a
// <link rel="preload" as="fetch" crossorigin> of the same URL is reused.
import { GraphLoadError } from "./errors";

export async function fetchBytes(url: string, file: string, signal?: AbortSignal): Promise<{ bytes: Uint8Array; mime?: string }> {
  try {
    const res = await fetch(url, { signal, credentials: "same-origin" });
    if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    const mime = res.headers.get("content-type") ?? undefined;
    return { bytes: new Uint8Array(await res.arrayBuffer()), mime };
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new GraphLoadError("fetch", file, err instanceof Error ? err.message : String(err));
  }
}
