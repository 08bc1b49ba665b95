import { describe, expect, it, vi } from "vitest";
import { GraphLoadError } from "../io/errors";
import { createGraphLoads, type GraphLoad } from "./graphLoads";
import type { GraphSource, LoadedGraph, loadGraph } from "./loadGraph";

const loaded = (file: string) => ({ model: {}, warnings: [], format: "json", file }) as unknown as LoadedGraph;
const url = (u: string): GraphSource => ({ kind: "url", url: u });
const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe("graph loads", () => {
  it("load a source once, whoever asks, and report its stages from the start", async () => {
    const load = vi.fn<typeof loadGraph>(async (source, _signal, onStage) => {
      onStage?.("fetching", 600, 1200);
      onStage?.("reading", 1200);
      return loaded(source.kind === "url" ? source.url : "file");
    });
    const loads = createGraphLoads(load);
    const seen: (GraphLoad | undefined)[] = [];
    loads.subscribe(() => seen.push(loads.get(url("a.json"))));
    // the progress shows before the load has said anything
    expect(loads.start(url("a.json"))).toEqual({ status: "pending", stage: "fetching" });
    loads.start(url("a.json"));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen).toContainEqual({ status: "pending", stage: "fetching", bytes: 600, total: 1200 });
    expect(seen).toContainEqual({ status: "pending", stage: "reading", bytes: 1200, total: 1200 });
    expect(loads.get(url("a.json"))).toEqual({ status: "success", data: loaded("a.json") });
    expect(loads.start(url("a.json"))).toBe(loads.get(url("a.json")));
  });

  it("try a network failure once more, but not a file that was refused", async () => {
    const failures = [new GraphLoadError("fetch", "a.json", "HTTP 503"), new GraphLoadError("invalid", "b.json", "2 problems")];
    const load = vi.fn<typeof loadGraph>(async (source) => {
      if (source.kind === "url" && source.url === "b.json") throw failures[1];
      if (load.mock.calls.length === 1) throw failures[0];
      return loaded("a.json");
    });
    const loads = createGraphLoads(load, { retryDelayMs: 0 });
    loads.start(url("a.json"));
    await settle();
    await settle();
    expect(loads.get(url("a.json"))?.status).toBe("success");
    loads.start(url("b.json"));
    await settle();
    await settle();
    expect(loads.get(url("b.json"))).toEqual({ status: "error", error: failures[1] });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("load again on retry, and keep only the latest opened file", async () => {
    let fail = true;
    const loads = createGraphLoads(async (source) => {
      if (fail) throw new GraphLoadError("invalid", "x", "no");
      return loaded(source.kind);
    });
    const fileA: GraphSource = { kind: "file", id: 1, file: new File(["{}"], "a.json") };
    const fileB: GraphSource = { kind: "file", id: 2, file: new File(["{}"], "b.json") };
    loads.start(fileA);
    await settle();
    expect(loads.get(fileA)?.status).toBe("error");
    fail = false;
    loads.retry(fileA);
    expect(loads.get(fileA)?.status).toBe("pending");
    await settle();
    expect(loads.get(fileA)?.status).toBe("success");
    loads.start(fileB);
    expect(loads.get(fileA)).toBeUndefined();
  });

  it("cancel a load still running when another starts, and forget it", async () => {
    const signals = new Map<string, AbortSignal>();
    const load = vi.fn<typeof loadGraph>((source, signal) => {
      const key = source.kind === "url" ? source.url : `file ${source.id}`;
      signals.set(key, signal!);
      return new Promise((resolve, reject) => {
        if (key === "b.json") resolve(loaded(key));
        signal!.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    });
    const loads = createGraphLoads(load, { retryDelayMs: 0 });
    loads.start(url("a.json"));
    loads.start(url("b.json"));
    expect(signals.get("a.json")?.aborted).toBe(true);
    expect(loads.get(url("a.json"))).toBeUndefined();
    await settle();
    expect(loads.get(url("b.json"))?.status).toBe("success");
    // a file opened while a URL loads cancels that load too
    loads.start(url("c.json"));
    loads.start({ kind: "file", id: 9, file: new File(["{}"], "d.json") });
    expect(signals.get("c.json")?.aborted).toBe(true);
    // going back to a graph in the cache cancels the load under way as well
    loads.start(url("b.json"));
    expect(signals.get("file 9")?.aborted).toBe(true);
    await settle();
    // a cancelled load is not tried again, and the load that took over stays
    expect(load).toHaveBeenCalledTimes(4);
    expect(loads.get(url("b.json"))?.status).toBe("success");
    // asked for again, a cancelled source loads anew
    loads.start(url("a.json"));
    expect(load).toHaveBeenCalledTimes(5);
  });

  it("keep the last three URL graphs, the one asked for last the newest", async () => {
    const load = vi.fn<typeof loadGraph>(async (source) => loaded(source.kind === "url" ? source.url : "file"));
    const loads = createGraphLoads(load);
    for (const u of ["a", "b", "c"]) {
      loads.start(url(u));
      await settle();
    }
    loads.start(url("a")); // back to a: now the newest
    loads.start(url("d"));
    await settle();
    expect(["a", "b", "c", "d"].filter((u) => loads.get(url(u)))).toEqual(["a", "c", "d"]);
    expect(loads.start(url("c")).status).toBe("success");
    expect(load).toHaveBeenCalledTimes(4);
  });

  it("tell when the model's full records are in, keeping the loaded graph the same", async () => {
    let recordsIn = () => {};
    const records = new Promise<void>((done) => (recordsIn = done));
    const data = { ...loaded("big.json"), records };
    const loads = createGraphLoads(async () => data);
    loads.start(url("big.json"));
    await settle();
    expect(loads.get(url("big.json"))).toEqual({ status: "success", data, partial: true });
    recordsIn();
    await settle();
    expect(loads.get(url("big.json"))).toEqual({ status: "success", data });
    expect((loads.get(url("big.json")) as { data: unknown }).data).toBe(data);
  });
});
