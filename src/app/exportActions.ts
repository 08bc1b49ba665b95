// What an export writes: the picture (PNG at a scale, or SVG) with the title and the source
// line drawn in (a story step's caption too), the data of the visible part with the drawn
// positions and colours, or an offline copy of the app with the whole graph. Loaded on the
// first export; gives the notice to show.
import type { ExportChoice } from "../features/file-io/FileMenu";
import { download, shownGraph, writeShown } from "../features/file-io/exportData";
import type { StoryStage } from "../features/stories/StoryPlayer";
import type { TFunction } from "../i18n/translate";
import { pickText } from "../lib/pickText";
import type { GraphModel } from "../model/graphModel";
import type { ExportInput } from "./useExportView";
import { withStories } from "./useGraphStories";

export async function runExport(choice: ExportChoice, input: ExportInput, model: GraphModel, t: TFunction): Promise<string> {
  const { loaded, apiRef, lang, story } = input;
  const base = (loaded?.file ?? "chengyu-edunet").replace(/\.[a-z0-9]+$/i, "") || "graph";
  if (choice.kind === "image") {
    const api = apiRef.current;
    if (!api) return "";
    const source = pickText(stepSource(model, story?.emphasis ?? null)?.title, lang) || loaded?.file || "";
    const step = story ? story.text[lang] : null;
    const blob = await api.exportImage({
      format: choice.format,
      scale: choice.format === "png" ? choice.scale : 1,
      title: step ? `${step.title} · ${story!.step}/${story!.steps}` : input.title,
      caption: t("files.caption", { source }),
      note: step?.caption,
    });
    const name = `${base}${story ? `-step${story.step}` : ""}${choice.format === "png" ? `@${choice.scale}x.png` : ".svg"}`;
    download(blob, name);
    return t("files.exported", { name });
  }
  if (choice.kind === "offline") {
    const { makeOfflineCopy } = await import("../features/file-io/offlineCopy");
    const name = `${base}-offline.html`;
    download(await makeOfflineCopy(model, apiRef.current?.positions() ?? null, window.location.search, loaded?.file ?? "graph.json"), name);
    return t("files.exported", { name });
  }
  if (choice.kind === "embed") return "";
  const positions = apiRef.current?.positions() ?? null;
  const shown = shownGraph(model, input.visibility?.hiddenNodes ?? null, input.visibility?.hiddenEdges ?? null, positions, input.theme, input.measures ?? null);
  const files = await writeShown({ ...shown, graph: withStories(shown.graph, input.stories) }, choice.format, base);
  for (const f of files) download(new Blob([f.text], { type: f.type }), f.name);
  return t("files.exported", { name: files.map((f) => f.name).join(", ") });
}

/** The source the picture quotes: for a story step, the one that evidences most of its nodes; else the file's first. */
function stepSource(model: GraphModel, emphasis: StoryStage["emphasis"]) {
  const sources = model.file.meta?.sources ?? [];
  const count = new Map<string, number>();
  model.nodes.forEach((n, i) => {
    if (!emphasis?.nodes[i]) return;
    for (const id of new Set(n.evidence?.map((e) => e.source))) count.set(id, (count.get(id) ?? 0) + 1);
  });
  const best = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  return sources.find((s) => s.id === best) ?? sources[0];
}
