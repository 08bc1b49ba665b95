// The parse worker: fetches, decodes, parses, repairs and validates graph files off the
// main thread, so a large or hostile file never freezes the page. A thin switch over the
// typed requests; the work is in parseJob.ts. A cancel aborts the request's fetch and
// stops its read at the next step.
import { runParseJob } from "./parseJob";
import type { ParseReply, ParseRequest } from "./protocol";

const scope = self as unknown as {
  postMessage(message: ParseReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
};

const running = new Map<number, AbortController>();

scope.onmessage = (event) => {
  const req = event.data;
  if (req.type === "parse:cancel") {
    running.get(req.id)?.abort();
    running.delete(req.id);
    return;
  }
  const controller = new AbortController();
  running.set(req.id, controller);
  void runParseJob(req, controller.signal, (reply, transfer) => scope.postMessage(reply, transfer ?? [])).finally(() => running.delete(req.id));
};
