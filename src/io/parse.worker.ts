// The parse worker: fetches, decodes, parses, repairs and validates graph files off the
// main thread, so a large or hostile file never freezes the page. A thin switch over the
// typed requests; the work is in readFromSource / readAny.
import { GraphLoadError } from "./errors";
import { fetchBytes } from "./fetchBytes";
import { readBytes } from "./readFromSource";
import type { ParseReply, ParseRequest } from "./protocol";

const scope = self as unknown as {
  postMessage(message: ParseReply): void;
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
};

scope.onmessage = async (event) => {
  const req = event.data;
  try {
    let bytes: Uint8Array;
    let mime: string | undefined;
    if (req.type === "parse:url") {
      scope.postMessage({ type: "parse:progress", id: req.id, stage: "fetching" });
      ({ bytes, mime } = await fetchBytes(req.url, req.file));
    } else {
      bytes = req.bytes;
      mime = req.mime;
    }
    scope.postMessage({ type: "parse:progress", id: req.id, stage: "reading", bytes: bytes.byteLength });
    const { graph, warnings, format } = readBytes(bytes, req.file, mime, req.type === "parse:bytes" ? req.second : undefined);
    scope.postMessage({ type: "parse:done", id: req.id, graph, warnings, format });
  } catch (err) {
    const e = err instanceof GraphLoadError ? err : new GraphLoadError("invalid", req.file, err instanceof Error ? err.message : String(err));
    scope.postMessage({ type: "parse:failed", id: req.id, error: { kind: e.kind, file: e.file, reason: e.reason, issues: [...e.issues] } });
  }
};
