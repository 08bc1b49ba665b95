// The community filter on top of the other filters: nodes of other communities hidden, and
// the relations that touch them; the counts follow.
import type { GraphModel } from "../model/graphModel";
import type { Visibility } from "./visibility";

export function keepCommunity(model: GraphModel, visibility: Visibility, communityOf: Int32Array, community: number): Visibility {
  const n = model.nodes.length, m = model.edges.length;
  const hiddenNodes = visibility.hiddenNodes ? visibility.hiddenNodes.slice() : new Uint8Array(n);
  const hiddenEdges = visibility.hiddenEdges ? visibility.hiddenEdges.slice() : new Uint8Array(m);
  for (let i = 0; i < n; i++) if (communityOf[i] !== community) hiddenNodes[i] = 1;
  let shownNodes = 0, shownEdges = 0;
  for (let i = 0; i < n; i++) if (!hiddenNodes[i]) shownNodes++;
  for (let k = 0; k < m; k++) {
    if (hiddenNodes[model.edgeEnds[k * 2]!] || hiddenNodes[model.edgeEnds[k * 2 + 1]!]) hiddenEdges[k] = 1;
    if (!hiddenEdges[k]) shownEdges++;
  }
  return { hiddenNodes, hiddenEdges, shownNodes, shownEdges };
}
