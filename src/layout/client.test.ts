// The layout client without a Worker (as in node): the main-thread fallback runs the same
// runner, and relayout() re-runs a frozen start with progress and a settled reply.
import { describe, expect, it } from "vitest";
import { createLayoutClient } from "./client";

describe("the layout client", () => {
  it("re-runs a frozen layout on relayout()", async () => {
    const n = 20;
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) pairs.push(i, (i + 1) % n);
    const initial = Float32Array.from({ length: n * 2 }, (_, k) => (k % 2 ? 0 : (k / 2) * 12));
    const seen: string[] = [];
    let settledCount = 0;
    let resolve: (positions: Float32Array) => void = () => {};
    const done = new Promise<Float32Array>((r) => (resolve = r));
    const client = createLayoutClient(
      {
        onPositions: () => seen.push("tick"),
        onSettled(positions) {
          seen.push("settled");
          settledCount++;
          if (settledCount === 1) client.relayout();
          else resolve(positions);
        },
        onError: (message) => seen.push(`error ${message}`),
      },
      { useWorker: false },
    );
    client.start({
      nodeCount: n,
      edges: Uint32Array.from(pairs),
      initial,
      sides: new Int8Array(n),
      radii: new Float32Array(n).fill(4),
      arrangement: "free",
      instant: false,
      frozen: true,
    });
    const positions = await done;
    client.kill();
    expect(seen[0]).toBe("tick");
    expect(seen[1]).toBe("settled");
    expect(seen.slice(2, -1).length).toBeGreaterThan(0);
    expect(seen.slice(2, -1).every((s) => s === "tick")).toBe(true);
    expect(seen[seen.length - 1]).toBe("settled");
    expect(positions.some((v, i) => Math.abs(v - initial[i]!) > 1)).toBe(true);
  });
});
