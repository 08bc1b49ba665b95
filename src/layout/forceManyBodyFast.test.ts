import { describe, expect, it } from "vitest";
import { forceManyBody, type SimulationNodeDatum } from "d3-force";
import { forceManyBodyFast } from "./forceManyBodyFast";

type N = SimulationNodeDatum & { index: number };

function cloud(n: number, seed = 3): N[] {
  let s = seed;
  const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => ({ index: i, x: rnd() * 1000 - 500, y: rnd() * 600 - 300, vx: 0, vy: 0 }));
}

function apply(force: { (alpha: number): void; initialize(nodes: N[], random: () => number): void }, nodes: N[]) {
  const copy = nodes.map((n) => ({ ...n, vx: 0, vy: 0 }));
  force.initialize(copy, Math.random);
  force(1);
  return copy;
}

describe("the fast many-body force", () => {
  it("equals the exact pairwise sum when theta is 0", () => {
    const nodes = cloud(200);
    const fast = apply(forceManyBodyFast<N>().strength(-30).theta(0), nodes);
    for (const [i, a] of nodes.entries()) {
      let vx = 0, vy = 0;
      for (const b of nodes) {
        if (a === b) continue;
        const dx = b.x! - a.x!, dy = b.y! - a.y!;
        const l = Math.max(dx * dx + dy * dy, 1);
        vx += (dx * -30) / l;
        vy += (dy * -30) / l;
      }
      expect(fast[i]!.vx).toBeCloseTo(vx, 9);
      expect(fast[i]!.vy).toBeCloseTo(vy, 9);
    }
  });

  it("agrees with d3's forceManyBody at the same theta within a few per cent", () => {
    const nodes = cloud(3000);
    const d3 = apply(forceManyBody<N>().strength(-30).theta(0.9) as never, nodes);
    const fast = apply(forceManyBodyFast<N>().strength(-30).theta(0.9), nodes);
    let err = 0, norm = 0;
    for (let i = 0; i < nodes.length; i++) {
      err += Math.hypot(d3[i]!.vx! - fast[i]!.vx!, d3[i]!.vy! - fast[i]!.vy!);
      norm += Math.hypot(d3[i]!.vx!, d3[i]!.vy!);
    }
    expect(err / norm).toBeLessThan(0.05);
  });

  it("pushes apart nodes that sit on the same spot, and ignores those beyond distanceMax", () => {
    const same = apply(forceManyBodyFast<N>(), [
      { index: 0, x: 5, y: 5 },
      { index: 1, x: 5, y: 5 },
    ]);
    expect(Number.isFinite(same[0]!.vx!) && Number.isFinite(same[1]!.vx!)).toBe(true);
    expect(Math.sign(same[0]!.vx!)).toBe(-Math.sign(same[1]!.vx!));
    const far = apply(forceManyBodyFast<N>().distanceMax(10), [
      { index: 0, x: 0, y: 0 },
      { index: 1, x: 100, y: 0 },
    ]);
    expect(far[0]!.vx).toBe(0);
  });
});
