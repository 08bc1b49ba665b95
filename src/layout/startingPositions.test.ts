import { describe, expect, it } from "vitest";
import { forceSimulation, type SimulationNodeDatum } from "d3-force";
import { startingPositions } from "./startingPositions";

describe("starting positions", () => {
  it("keep saved positions and put the others where d3-force itself would start them", () => {
    const saved = Float32Array.of(5, 6, Number.NaN, Number.NaN, 7, Number.NaN, 1, 2);
    const nodes: SimulationNodeDatum[] = [{ x: 5, y: 6 }, {}, {}, { x: 1, y: 2 }];
    forceSimulation(nodes).stop();
    const start = startingPositions(saved);
    expect(Array.from(start)).toEqual(nodes.flatMap((n) => [Math.fround(n.x!), Math.fround(n.y!)]));
    expect(Number.isNaN(saved[2])).toBe(true);
  });
});
