// The client of the parse worker against the worker's own code (parse.worker.ts, run here
// in-process behind a stand-in for Worker): a large graph resolves before its records are
// in and is whole once they are; an aborted request is cancelled in the worker, whose
// fetch then stops.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ParseReply, ParseRequest } from "../io/protocol";
import { readGraphFile } from "../io/readAny";

type Handler = ((event: { data: unknown }) => void) | null;
const scope: { postMessage(message: ParseReply): void; onmessage: Handler } = { postMessage: () => {}, onmessage: null };
const sent: ParseRequest[] = [];

/** Worker, in-process: messages cross as structured clones, each in a task of its own. */
class InProcessWorker {
  onmessage: Handler = null;
  onerror: unknown = null;
  private ready: Promise<unknown>;
  constructor() {
    scope.postMessage = (message) => setTimeout(() => this.onmessage?.({ data: structuredClone(message) }));
    this.ready = import("../io/parse.worker");
  }
  postMessage(message: ParseRequest) {
    sent.push(message);
    const copy = structuredClone(message);
    void this.ready.then(() => setTimeout(() => scope.onmessage?.({ data: copy })));
  }
}

beforeAll(() => {
  vi.stubGlobal("self", scope);
  vi.stubGlobal("Worker", InProcessWorker);
});
afterAll(() => vi.unstubAllGlobals());

const graphText = (n: number) =>
  JSON.stringify({
    version: 1,
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, type: "university", name: { en: `N${i}` }, ...(i % 3 ? {} : { attributes: { i } }) })),
    edges: Array.from({ length: 2 * n }, (_, k) => ({ source: `n${k % n}`, target: `n${(k * 7 + 1) % n}`, type: "partner-of" })),
  });

function stubFetch(text: string) {
  const state: { signal?: AbortSignal | null; pulls: number } = { pulls: 0 };
  const body = new TextEncoder().encode(text);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init?: RequestInit) => {
      state.signal = init?.signal ?? null;
      let at = 0;
      const stream = new ReadableStream<Uint8Array>({
        // as a real fetch's body, it fails once the fetch is aborted
        start: (controller) => state.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError"))),
        // one small piece per pull, a task apart, so a download takes a while
        pull: (controller) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              if (state.signal?.aborted) return resolve();
              state.pulls++;
              if (at >= body.byteLength) controller.close();
              else controller.enqueue(body.slice(at, (at += 4096)));
              resolve();
            }, 1),
          ),
      });
      return new Response(stream, { headers: { "content-length": String(body.byteLength) } });
    }),
  );
  return state;
}

describe("the parse worker's client", { timeout: 20_000 }, () => {
  it("resolves a large graph before its records are in, and has them all once they are", async () => {
    const text = graphText(7000);
    stubFetch(text);
    const { parseInWorker } = await import("./parseClient");
    const stages: string[] = [];
    const parsed = await parseInWorker({ type: "parse:url", url: "https://x.org/big.json", file: "big.json" }, undefined, (s) => stages.push(s));
    expect(stages[0]).toBe("fetching");
    expect(stages).toContain("reading");
    expect(parsed.records).toBeInstanceOf(Promise);
    expect(parsed.model.nodes[0]).toEqual({ id: "n0", type: "university", name: { en: "N0" } });
    await parsed.records;
    expect(parsed.model.file).toEqual(readGraphFile({ file: "big.json", text }).graph);
  });

  it("cancels an aborted request in the worker: its fetch stops and no graph comes", async () => {
    const net = stubFetch(graphText(3000));
    const { parseInWorker } = await import("./parseClient");
    const controller = new AbortController();
    const parsed = parseInWorker({ type: "parse:url", url: "https://x.org/g.json", file: "g.json" }, controller.signal);
    await vi.waitFor(() => expect(net.pulls).toBeGreaterThan(3));
    controller.abort();
    await expect(parsed).rejects.toBeDefined();
    const id = (sent.at(-2) as { id: number }).id;
    expect(sent.at(-1)).toEqual({ type: "parse:cancel", id });
    await vi.waitFor(() => expect(net.signal?.aborted).toBe(true));
    const pulls = net.pulls;
    await new Promise((ok) => setTimeout(ok, 30));
    expect(net.pulls).toBeLessThanOrEqual(pulls + 1);
  });
});
