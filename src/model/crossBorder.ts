// Which relations cross the Sichuan–Chongqing border: one end a Sichuan node, the other a
// Chongqing one. The map draws them above the others, and the legend counts them.
import type { GraphModel } from "./graphModel";

/** one of the two regions is Sichuan and the other Chongqing */
export function acrossTheBorder(a: string | undefined, b: string | undefined): boolean {
  return (a === "sichuan" && b === "chongqing") || (a === "chongqing" && b === "sichuan");
}

export function crossesBorder(model: GraphModel, k: number): boolean {
  return acrossTheBorder(model.nodes[model.edgeEnds[k * 2]!]!.region, model.nodes[model.edgeEnds[k * 2 + 1]!]!.region);
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
