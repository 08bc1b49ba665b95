// "Offline copy": the offline template with the graph shown (every node and relation, with
// its stories and source texts, at the drawn positions) and the view's URL parameters
// written in; one HTML file that runs from disk with no network (scripts/offlineTemplate.ts).
import { fetchOfflineTemplate } from "../../data/offlineTemplate";
import { fillOfflineHtml } from "../../io/offlineHtml";
import { writeGraphJson } from "../../io/writeJson";
import type { GraphModel } from "../../model/graphModel";

/** The view's parameters, less `data=`: the copy carries its graph. */
function offlineParams(search: string): string {
  const params = new URLSearchParams(search);
  params.delete("data");
  return params.toString();
}

export async function makeOfflineCopy(model: GraphModel, positions: ArrayLike<number> | null, search: string, file: string): Promise<Blob> {
  const template = await fetchOfflineTemplate();
  const graph = writeGraphJson({ ...model.file, nodes: [...model.nodes], edges: [...model.edges] }, { positions: positions ? Float32Array.from(positions) : null });
  const name = file.replace(/\.[a-z0-9]+$/i, "") + ".json";
  const html = fillOfflineHtml(template, graph, { params: offlineParams(search), file: name });
  return new Blob([html], { type: "text/html;charset=utf-8" });
}
