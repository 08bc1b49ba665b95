// The two-cities view of the network: relations within Sichuan, within Chongqing and across
// the two, by relation type; and the nodes that broker across (most cross-region relations,
// then the highest betweenness).
import { acrossTheBorder, crossesBorder } from "../model/crossBorder";
import type { GraphModel } from "../model/graphModel";

export const CITY_SIDES = ["withinSichuan", "withinChongqing", "across"] as const;

export interface TwoCityCounts {
  /** relation type -> [within Sichuan, within Chongqing, across] */
  byType: [string, [number, number, number]][];
  total: [number, number, number];
}

function sideOf(a: string | undefined, b: string | undefined): number {
  if (a === "sichuan" && b === "sichuan") return 0;
  if (a === "chongqing" && b === "chongqing") return 1;
  if (acrossTheBorder(a, b)) return 2;
  return -1;
}

export function twoCityCounts(model: GraphModel): TwoCityCounts {
  const byType = new Map<string, [number, number, number]>();
  const total: [number, number, number] = [0, 0, 0];
  model.edges.forEach((e, k) => {
    const side = sideOf(model.nodes[model.edgeEnds[k * 2]!]!.region, model.nodes[model.edgeEnds[k * 2 + 1]!]!.region);
    if (side < 0) return;
    const row = byType.get(e.type) ?? [0, 0, 0];
    row[side]!++;
    total[side]!++;
    byType.set(e.type, row);
  });
  const sum = (r: number[]) => r[0]! + r[1]! + r[2]!;
  return { byType: [...byType.entries()].sort((a, b) => b[1][2] - a[1][2] || sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0])), total };
}

export interface Broker {
  index: number;
  crossLinks: number;
}

export function crossRegionBrokers(model: GraphModel, betweenness: ArrayLike<number> | null, count = 10): Broker[] {
  const cross = new Uint32Array(model.nodes.length);
  for (let k = 0; k < model.edges.length; k++) {
    if (!crossesBorder(model, k)) continue;
    cross[model.edgeEnds[k * 2]!]!++;
    cross[model.edgeEnds[k * 2 + 1]!]!++;
  }
  const b = (i: number) => betweenness?.[i] ?? 0;
  return [...cross.keys()]
    .filter((i) => cross[i]! > 0)
    .sort((x, y) => cross[y]! - cross[x]! || b(y) - b(x) || x - y)
    .slice(0, count)
    .map((index) => ({ index, crossLinks: cross[index]! }));
}
