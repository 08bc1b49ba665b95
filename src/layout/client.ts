// The layout client the graph view talks to: starts runs in a Web Worker (or, where
// Worker is missing, on the main thread in short slices, its code loaded only then), and
// drops replies of stale runs.
import type { Arrangement, LayoutCommand, LayoutGeo, LayoutInput, LayoutReply } from "./protocol";

export interface LayoutEvents {
  onPositions(positions: Float32Array, progress: number): void;
  onSettled(positions: Float32Array, ticks: number): void;
  onError?(message: string): void;
}

export interface LayoutClient {
  start(input: LayoutInput): void;
  pin(index: number, x: number, y: number): void;
  release(index: number): void;
  arrange(arrangement: Arrangement): void;
  /** where the nodes are on the ground, for the map arrangement */
  setGeo(geo: LayoutGeo): void;
  /** runs the layout again from the current positions (also after a frozen start), with progress and a settled reply as usual */
  relayout(): void;
  kill(): void;
}

export function createLayoutClient(events: LayoutEvents, options: { useWorker?: boolean } = {}): LayoutClient {
  let runId = 0;
  const receive = (reply: LayoutReply) => {
    if (reply.runId !== runId) return;
    if (reply.type === "layout:tick") events.onPositions(reply.positions, reply.progress);
    else if (reply.type === "layout:settled") events.onSettled(reply.positions, reply.ticks);
    else events.onError?.(reply.message);
  };

  let send: (cmd: LayoutCommand, transfer?: Transferable[]) => void;
  let terminate = () => {};
  const canUseWorker = options.useWorker !== false && typeof Worker !== "undefined";
  if (canUseWorker) {
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => receive(event.data);
    worker.onerror = (event) => events.onError?.(event.message || "layout worker failed");
    send = (cmd, transfer = []) => worker.postMessage(cmd, transfer);
    terminate = () => worker.terminate();
  } else {
    let alive = true;
    const queue: LayoutCommand[] = [];
    let handle: ((cmd: LayoutCommand) => void) | null = null;
    void import("./layoutRunner").then(({ createLayoutRunner }) => {
      if (!alive) return;
      handle = createLayoutRunner({
        post: (reply) => alive && receive(reply),
        sliceMs: 8,
        now: () => performance.now(),
        schedule: (fn) => setTimeout(() => alive && fn(), 0),
      });
      for (const cmd of queue.splice(0)) handle(cmd);
    });
    send = (cmd) => (handle ? handle(cmd) : queue.push(cmd));
    terminate = () => {
      alive = false;
    };
  }

  return {
    start(input) {
      runId++;
      const edges = input.edges.slice();
      send({ type: "layout:start", runId, ...input, edges }, [edges.buffer]);
    },
    pin: (index, x, y) => send({ type: "layout:pin", runId, index, x, y }),
    release: (index) => send({ type: "layout:release", runId, index }),
    arrange: (arrangement) => send({ type: "layout:arrange", runId, arrangement }),
    setGeo: (geo) => send({ type: "layout:geo", runId, ...geo }),
    relayout: () => send({ type: "layout:relayout", runId }),
    kill() {
      send({ type: "layout:stop", runId });
      runId++;
      terminate();
    },
  };
}
