// The layout worker: a thin shell that hands commands to the shared runner and transfers
// the position buffers back instead of copying them.
import { createLayoutRunner } from "./layoutRunner";
import type { LayoutCommand, LayoutReply } from "./protocol";

const scope = self as unknown as {
  postMessage(message: LayoutReply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutCommand>) => void) | null;
};

const handle = createLayoutRunner({
  post: (reply) => scope.postMessage(reply, "positions" in reply ? [reply.positions.buffer] : []),
  sliceMs: 40,
  now: () => performance.now(),
  schedule: (fn) => setTimeout(fn, 0),
});

scope.onmessage = (event) => handle(event.data);
