// The arrangements as forces on the simulation: free (a gentle pull to the middle), two
// cities (Sichuan to the left, Chongqing to the right) and the map (places pinned at their
// projected positions, what lies in them pulled there). The map's targets are projected the
// first time the map is asked for; until the layout knows where the places are, it waits.
import { forceX, forceY, type Simulation, type SimulationNodeDatum } from "d3-force";
import { forcePinToMap, mapPull, mapTargets, unpinMap, type MapTargets } from "./mapForces";
import type { Arrangement, LayoutGeo, LayoutInput } from "./protocol";

interface ArrangedNode extends SimulationNodeDatum {
  index: number;
}

export function createArrangements<N extends ArrangedNode>(sim: Simulation<N, undefined>, nodes: readonly N[], input: LayoutInput, gravity: number, spread: number) {
  let geo = input.geo;
  let map: MapTargets | null | undefined;
  let current = input.arrangement;
  /** the nodes the user dragged: the map leaves them where they were put */
  const userPinned = new Set<number>();

  const apply = (arrangement: Arrangement) => {
    current = arrangement;
    if (map) unpinMap(nodes, map, userPinned);
    sim.force("pin", null);
    if (arrangement === "map") map ??= mapTargets(geo, input.nodeCount);
    if (arrangement === "map" && map) {
      const pull = mapPull(map, gravity);
      sim.force("x", pull.x).force("y", pull.y).force("pin", forcePinToMap(map, userPinned));
    } else if (arrangement === "two-cities") {
      const side = spread * 0.9;
      sim.force("x", forceX<N>((d) => (input.sides[d.index] ?? 0) * side).strength((d) => (input.sides[d.index] ? 0.25 : 0.08)));
      sim.force("y", forceY<N>(0).strength(gravity));
    } else {
      sim.force("x", forceX<N>(0).strength(gravity));
      sim.force("y", forceY<N>(0).strength(gravity));
    }
  };
  apply(input.arrangement);

  return {
    apply,
    userPinned,
    get waiting() {
      return current === "map" && geo === undefined;
    },
    /** takes where the nodes are on the ground; true when the map is on and must be applied again */
    setGeo(next: LayoutGeo): boolean {
      if (map) unpinMap(nodes, map, userPinned);
      geo = next;
      map = undefined;
      return current === "map";
    },
  };
}
