// A summary of each community: its size, its top members by a measure, and the node types
// and regions most of its members have.
import type { GraphModel } from "../model/graphModel";
import { topBy } from "./ranks";

export interface CommunitySummary {
  /** 0 the largest */
  index: number;
  members: number[];
  top: number[];
  types: [string, number][];
  regions: [string, number][];
}

function counts(values: (string | undefined)[], limit: number): [string, number][] {
  const map = new Map<string, number>();
  for (const v of values) if (v) map.set(v, (map.get(v) ?? 0) + 1);
  return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

export function summarizeCommunities(model: GraphModel, of: Int32Array, count: number, rankBy: ArrayLike<number>, topCount = 3): CommunitySummary[] {
  const members: number[][] = Array.from({ length: count }, () => []);
  of.forEach((c, i) => members[c]?.push(i));
  return members.map((list, index) => ({
    index,
    members: list,
    top: topBy(rankBy, list, topCount),
    types: counts(list.map((i) => model.nodes[i]!.type), 2),
    regions: counts(list.map((i) => model.nodes[i]!.region), 2),
  }));
}
