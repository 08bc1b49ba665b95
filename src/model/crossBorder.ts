// Which relations cross the Sichuan–Chongqing border: one end a Sichuan node, the other a
// Chongqing one. The map draws them above the others, and the legend counts them.
import type { GraphModel } from "./graphModel";

function crossesBorder(model: GraphModel, k: number): boolean {
  const a = model.nodes[model.edgeEnds[k * 2]!]!.region;
  const b = model.nodes[model.edgeEnds[k * 2 + 1]!]!.region;
  return (a === "sichuan" && b === "chongqing") || (a === "chongqing" && b === "sichuan");
}

/** per edge: 1 where one end is a Sichuan node and the other a Chongqing one */
export function crossBorderEdges(model: GraphModel): Uint8Array {
  return Uint8Array.from(model.edges, (_, k) => (crossesBorder(model, k) ? 1 : 0));
}

/** how many links across the border are shown: neither hidden themselves nor at a hidden node */
export function countCrossBorder(model: GraphModel, hiddenNodes: Uint8Array | null, hiddenEdges: Uint8Array | null): number {
  let count = 0;
  const ends = model.edgeEnds;
  for (let k = 0; k < model.edges.length; k++) {
    if (hiddenEdges?.[k] || (hiddenNodes && (hiddenNodes[ends[k * 2]!] || hiddenNodes[ends[k * 2 + 1]!]))) continue;
    if (crossesBorder(model, k)) count++;
  }
  return count;
}
