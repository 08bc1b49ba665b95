// Exports the current view in our JSON format: the graph as loaded, with each node's
// position taken from the view (so the layout does not run when it is opened again).
import type { GraphFile } from "../model/schema";
import { positionOf, type ExportView } from "./exportView";

export function writeGraphJson(graph: GraphFile, view?: ExportView, options: { pretty?: boolean } = {}): string {
  const nodes = graph.nodes.map((node, i) => {
    const { position: _saved, ...rest } = node;
    const position = positionOf(graph, view, i);
    return position ? { ...rest, position: { x: position.x, y: position.y } } : rest;
  });
  const out = { ...graph, version: 1 as const, nodes };
  return JSON.stringify(out, null, options.pretty ? 2 : undefined);
}
