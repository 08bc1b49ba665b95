import { describe, expect, it, vi } from "vitest";
import { GraphLoadError } from "../io/errors";
import { createGraphLoads, type GraphLoad } from "./graphLoads";
import type { GraphSource, LoadedGraph, loadGraph } from "./loadGraph";

const loaded = (file: string) => ({ model: {}, warnings: [], format: "json", file }) as unknown as LoadedGraph;
const url = (u: string): GraphSource => ({ kind: "url", url: u });
const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe("graph loads", () => {
  it("load a source once, whoever asks, and report its stages", async () => {
    const load = vi.fn<typeof loadGraph>(async (source, _signal, onStage) => {
      onStage?.("fetching");
      onStage?.("reading", 1200);
      return loaded(source.kind === "url" ? source.url : "file");
    });
    const loads = createGraphLoads(load);
    const seen: (GraphLoad | undefined)[] = [];
    loads.subscribe(() => seen.push(loads.get(url("a.json"))));
    expect(loads.start(url("a.json"))).toEqual({ status: "pending", stage: null });
    loads.start(url("a.json"));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen).toContainEqual({ status: "pending", stage: "reading", bytes: 1200 });
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
});
