// Fetches a graph file's bytes; any failure (network, HTTP status) becomes a GraphLoadError
// of kind "fetch" that names the file. Credentials as a plain fetch() sends them, so a
// <link rel="preload" as="fetch" crossorigin> of the same URL is reused. With onBytes, the
// body is read as it arrives and the bytes so far are reported (for the progress indication).
import { GraphLoadError } from "./errors";

/** bytes received so far, and the size the server announced (absent or compressed: undefined) */
type BytesListener = (received: number, total: number | undefined) => void;

async function readBody(res: Response, onBytes: BytesListener): Promise<Uint8Array> {
  const announced = Number(res.headers.get("content-length"));
  // a compressed body's length is not the size of what it decodes to
  const total = announced > 0 && !res.headers.get("content-encoding") ? announced : undefined;
  const reader = res.body!.getReader();
  let buffer = new Uint8Array(total ?? 1 << 16);
  let received = 0;
  onBytes(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.max(buffer.byteLength * 2, received + value.byteLength));
      grown.set(buffer.subarray(0, received));
      buffer = grown;
    }
    buffer.set(value, received);
    received += value.byteLength;
    onBytes(received, total);
  }
  return received === buffer.byteLength ? buffer : buffer.slice(0, received);
}

export async function fetchBytes(url: string, file: string, signal?: AbortSignal, onBytes?: BytesListener): Promise<{ bytes: Uint8Array; mime?: string }> {
  try {
    const res = await fetch(url, { signal, credentials: "same-origin" });
    if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    const mime = res.headers.get("content-type") ?? undefined;
    const bytes = onBytes && res.body ? await readBody(res, onBytes) : new Uint8Array(await res.arrayBuffer());
    return { bytes, mime };
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new GraphLoadError("fetch", file, err instanceof Error ? err.message : String(err));
  }
}
