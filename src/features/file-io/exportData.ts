// What "export" writes: the graph as shown (filters applied) with the positions and colours
// of the picture, in our JSON, GEXF, GraphML or CSV. The writers load lazily.
import type { GraphModel } from "../../model/graphModel";
import type { GraphFile, GraphNode } from "../../model/schema";
import { nodeStyleOf, type Theme } from "../../style/palette";

export type DataFormat = "json" | "gexf" | "graphml" | "csv";

export interface ShownGraph {
  graph: GraphFile;
  positions: Float32Array;
  colors: string[];
}

/** The node measures, when computed, added to each node's attributes under their names. */
export type NodeMeasures = Readonly<Record<string, ArrayLike<number>>>;

function withMeasures(node: GraphNode, i: number, measures: NodeMeasures | null): GraphNode {
  if (!measures) return node;
  const added = Object.fromEntries(Object.entries(measures).map(([name, values]) => [name, values[i]!]));
  return { ...node, attributes: { ...node.attributes, ...added } };
}

/** The visible part of the model, its positions taken from the drawn ones. */
export function shownGraph(
  model: GraphModel, hiddenNodes: Uint8Array | null, hiddenEdges: Uint8Array | null, positions: ArrayLike<number> | null, theme: Theme, measures: NodeMeasures | null = null,
): ShownGraph {
  const keep: number[] = [];
  model.nodes.forEach((_, i) => {
    if (!hiddenNodes?.[i]) keep.push(i);
  });
  const pos = new Float32Array(keep.length * 2).fill(Number.NaN);
  keep.forEach((i, j) => {
    if (positions) {
      pos[j * 2] = positions[i * 2]!;
      pos[j * 2 + 1] = positions[i * 2 + 1]!;
    }
  });
  const edges = model.edges.filter((_, k) => !hiddenEdges?.[k] && !hiddenNodes?.[model.edgeEnds[k * 2]!] && !hiddenNodes?.[model.edgeEnds[k * 2 + 1]!]);
  return {
    graph: { ...model.file, nodes: keep.map((i) => withMeasures(model.nodes[i]!, i, measures)), edges },
    positions: pos,
    colors: keep.map((i) => nodeStyleOf(model.nodes[i]!.type)[theme]),
  };
}

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export async function writeShown(shown: ShownGraph, format: DataFormat, base: string): Promise<DownloadFile[]> {
  const view = { positions: shown.positions, colors: shown.colors };
  switch (format) {
    case "json": {
      const { writeGraphJson } = await import("../../io/writeJson");
      return [{ name: `${base}.json`, type: "application/json", text: writeGraphJson(shown.graph, view, { pretty: true }) }];
    }
    case "gexf": {
      const { writeGexf } = await import("../../io/writeGexf");
      return [{ name: `${base}.gexf`, type: "application/xml", text: writeGexf(shown.graph, view) }];
    }
    case "graphml": {
      const { writeGraphml } = await import("../../io/writeGraphml");
      return [{ name: `${base}.graphml`, type: "application/xml", text: writeGraphml(shown.graph, view) }];
    }
    case "csv": {
      const { writeCsv } = await import("../../io/writeCsv");
      const tables = writeCsv(shown.graph, view, { bom: true });
      return [
        { name: `${base}-nodes.csv`, type: "text/csv", text: tables.nodes },
        { name: `${base}-edges.csv`, type: "text/csv", text: tables.edges },
      ];
    }
  }
}

/** Starts a download of a blob under a name (the only place the app makes a link). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
