// One request of the parse worker, run as the worker runs it: the stages it reports (the
// bytes of a download as they arrive), the graph compact first and its records after, and
// a cancel that aborts the fetch and stops the read at the next step.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createGraphModel } from "../model/graphModel";
import { applyRecords, modelFromCompact } from "./compactGraph";
import { runParseJob, type Post } from "./parseJob";
import type { ParseReply } from "./protocol";
import { readGraphFile } from "./readAny";

const text = JSON.stringify({
  version: 1,
  nodes: [
    { id: "a", type: "university", name: { zh: "甲" }, attributes: { x: 1 } },
    { id: "b", type: "city", name: { en: "B" } },
    { id: "c", type: "city", name: { en: "C" }, description: { en: "see" } },
  ],
  edges: [
    { source: "a", target: "b", type: "leads", evidence: [{ source: "s", quote: "q" }] },
    { source: "b", target: "c", type: "located-in" },
    { source: "x", target: "c", type: "leads" },
  ],
});
const bytes = () => new TextEncoder().encode(text);

function collect(): { replies: ParseReply[]; post: Post } {
  const replies: ParseReply[] = [];
  return { replies, post: (reply) => replies.push(structuredClone(reply)) };
}

/** A fetch whose body arrives in pieces, one each time `next` is called; aborted as a real one is. */
function slowFetch(body: Uint8Array, pieces: number) {
  const seen: { signal?: AbortSignal | null } = {};
  let next = () => {};
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    seen.signal = init?.signal ?? null;
    const step = Math.ceil(body.byteLength / pieces);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        next = () => {
          if (at >= body.byteLength || seen.signal?.aborted) return;
          controller.enqueue(body.slice(at, (at += step)));
          if (at >= body.byteLength) controller.close();
        };
        seen.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
      },
    });
    return new Response(stream, { headers: { "content-length": String(body.byteLength), "content-type": "application/json" } });
  });
  return { fetch, seen, next: () => next() };
}

const tick = () => new Promise((ok) => setTimeout(ok, 0));

afterEach(() => vi.unstubAllGlobals());

describe("a parse job", () => {
  it("sends a small graph whole in one message, with its repairs", async () => {
    const { replies, post } = collect();
    await runParseJob({ type: "parse:bytes", id: 1, bytes: bytes(), file: "g.json" }, new AbortController().signal, post);
    expect(replies.map((r) => r.type)).toEqual(["parse:progress", "parse:graph"]);
    const graph = replies[1] as Extract<ParseReply, { type: "parse:graph" }>;
    expect(graph.chunks).toBe(0);
    expect(graph.warnings.map((w) => w.code)).toEqual(["missing-node"]);
    const model = modelFromCompact(graph.graph);
    applyRecords(model, graph.records!);
    expect(model.file).toEqual(readGraphFile({ file: "g.json", text }).graph);
  });

  it("sends a large graph compact first and its full records after, in chunks", async () => {
    const { replies, post } = collect();
    await runParseJob({ type: "parse:bytes", id: 2, bytes: bytes(), file: "g.json" }, new AbortController().signal, post, { splitAt: 3, chunkSize: 1 });
    expect(replies.map((r) => r.type)).toEqual(["parse:progress", "parse:graph", "parse:records", "parse:records", "parse:records"]);
    const graph = replies[1] as Extract<ParseReply, { type: "parse:graph" }>;
    expect(graph.records).toBeNull();
    expect(graph.chunks).toBe(3);
    const model = modelFromCompact(graph.graph);
    expect(model.nodes[0]).toEqual({ id: "a", type: "university", name: { zh: "甲" } });
    const records = replies.slice(2) as Extract<ParseReply, { type: "parse:records" }>[];
    expect(records.map((r) => r.last)).toEqual([false, false, true]);
    for (const r of records) applyRecords(model, r.records);
    const expected = readGraphFile({ file: "g.json", text }).graph;
    expect(model.file).toEqual(expected);
    expect(model.adjacency).toEqual(createGraphModel(expected).adjacency);
  });

  it("reports the bytes of a download as they arrive, with the size announced", async () => {
    const body = bytes();
    const net = slowFetch(body, 4);
    vi.stubGlobal("fetch", net.fetch);
    const { replies, post } = collect();
    const job = runParseJob({ type: "parse:url", id: 3, url: "https://x.org/g.json", file: "g.json" }, new AbortController().signal, post, { progressEveryMs: 0 });
    for (let i = 0; i < 6; i++) {
      await tick();
      net.next();
    }
    await job;
    const fetching = replies.filter((r) => r.type === "parse:progress" && r.stage === "fetching");
    expect(fetching[0]).toEqual({ type: "parse:progress", id: 3, stage: "fetching" });
    const received = fetching.slice(1).map((r) => (r as { bytes?: number }).bytes);
    expect(received).toEqual([0, ...[1, 2, 3, 4].map((i) => Math.min(body.byteLength, i * Math.ceil(body.byteLength / 4)))]);
    expect(fetching.at(-1)).toMatchObject({ bytes: body.byteLength, total: body.byteLength });
    expect(replies.at(-1)?.type).toBe("parse:graph");
  });

  it("stops at once when cancelled during the download: the fetch is aborted, nothing more is sent", async () => {
    const net = slowFetch(bytes(), 4);
    vi.stubGlobal("fetch", net.fetch);
    const { replies, post } = collect();
    const controller = new AbortController();
    const job = runParseJob({ type: "parse:url", id: 4, url: "https://x.org/g.json", file: "g.json" }, controller.signal, post, { progressEveryMs: 0 });
    await tick();
    net.next();
    await tick();
    controller.abort();
    const sent = replies.length;
    net.next();
    await job;
    expect(net.seen.signal?.aborted).toBe(true);
    expect(replies.length).toBe(sent);
    expect(replies.some((r) => r.type === "parse:graph" || r.type === "parse:failed")).toBe(false);
  });

  it("stops at the next step when cancelled while reading", async () => {
    const { replies, post } = collect();
    const controller = new AbortController();
    let pauses = 0;
    const pause = async () => {
      if (++pauses === 2) controller.abort();
    };
    await runParseJob({ type: "parse:bytes", id: 5, bytes: bytes(), file: "g.json" }, controller.signal, post, { pause });
    expect(pauses).toBe(2);
    expect(replies.map((r) => r.type)).toEqual(["parse:progress"]);
  });

  it("sends the error that names the file, the record and the field", async () => {
    const { replies, post } = collect();
    const bad = new TextEncoder().encode(JSON.stringify({ nodes: [{ id: "a", type: "city", name: {} }], edges: [] }));
    await runParseJob({ type: "parse:bytes", id: 6, bytes: bad, file: "bad.json" }, new AbortController().signal, post);
    expect(replies.at(-1)).toMatchObject({
      type: "parse:failed",
      id: 6,
      error: { kind: "invalid", file: "bad.json", issues: [expect.objectContaining({ path: "nodes[0].name", message: "needs zh or en" })] },
    });
  });
});
