// The page's one parse worker, started as soon as a load knows it will need it: its script
// then loads and starts while the client's chunk (parseClient.ts) is still on its way, and
// the first request waits for neither. A worker that failed is replaced on the next ask.
let worker: Worker | null = null;

export function parseWorker(): Worker {
  worker ??= new Worker(new URL("../io/parse.worker.ts", import.meta.url), { type: "module" });
  return worker;
}

/** Forgets a worker that failed, so the next request starts a new one. */
export function dropParseWorker(failed: Worker): void {
  if (worker === failed) worker = null;
}
