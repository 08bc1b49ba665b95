// The parse worker: fetches, parses and validates graph files off the main thread, so a
// large file never freezes the page. A thin switch over the typed requests.
import { GraphLoadError } from "./errors";
import { readGraphJson } from "./readGraphJson";
import { readFromUrl } from "./readFromSource";
import type { ParseReply, ParseRequest } from "./protocol";

const scope = self as unknown as {
  postMessage(message: ParseReply): void;
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
};

scope.onmessage = async (event) => {
  const req = event.data;
  try {
    const graph = req.type === "parse:url" ? await readFromUrl(req.url, req.file) : readGraphJson(req.text, req.file);
    scope.postMessage({ type: "parse:done", id: req.id, graph });
  } catch (err) {
    const e = err instanceof GraphLoadError ? err : new GraphLoadError("invalid", req.file, err instanceof Error ? err.message : String(err));
    scope.postMessage({ type: "parse:failed", id: req.id, error: { kind: e.kind, file: e.file, reason: e.reason, issues: [...e.issues] } });
  }
};
