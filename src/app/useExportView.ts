// Export of the view as shown: the picture (PNG at a scale, or SVG) with the title and the
// source line drawn in, the data of the visible part with the drawn positions and
// colours, or an offline copy of the app with the whole graph. The writers load on the first export; the outcome is a short notice.
import { useState, type RefObject } from "react";
import type { Visibility } from "../analysis/visibility";
import type { LoadedGraph } from "../data/loadGraph";
import type { ExportChoice } from "../features/file-io/FileMenu";
import type { GraphViewApi } from "../features/graph-view/GraphView";
import type { StoryStage } from "../features/stories/StoryPlayer";
import { useTranslation } from "../i18n/useTranslation";
import { pickText, type Lang } from "../lib/pickText";
import type { Story } from "../model/schema";
import type { GraphModel } from "../model/graphModel";
import type { ThemeName } from "../state/viewState";
import { withStories } from "./useGraphStories";

export interface ExportInput {
  loaded: LoadedGraph | null;
  visibility: Visibility | null;
  apiRef: RefObject<GraphViewApi | null>;
  theme: ThemeName;
  lang: Lang;
  title: string;
  /** the stories in the graph now (the story editor may have saved some) */
  stories: readonly Story[];
  /** the story step on screen: its caption goes into the picture */
  story?: Pick<StoryStage, "text" | "step" | "steps" | "emphasis"> | null;
}

export function useExportView({ loaded, visibility, apiRef, theme, lang, title, stories, story }: ExportInput) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const model = loaded?.model ?? null;

  const exportView = async (choice: ExportChoice) => {
    if (!model) return;
    const base = (loaded?.file ?? "chengyu-edunet").replace(/\.[a-z0-9]+$/i, "") || "graph";
    try {
      const { download, shownGraph, writeShown } = await import("../features/file-io/exportData");
      if (choice.kind === "image") {
        const api = apiRef.current;
        if (!api) return;
        const source = pickText(stepSource(model, story?.emphasis ?? null)?.title, lang) || loaded?.file || "";
        const step = story ? story.text[lang] : null;
        const blob = await api.exportImage({
          format: choice.format,
          scale: choice.format === "png" ? choice.scale : 1,
          title: step ? `${step.title} · ${story!.step}/${story!.steps}` : title,
          caption: t("files.caption", { source }),
          note: step?.caption,
        });
        const name = `${base}${story ? `-step${story.step}` : ""}${choice.format === "png" ? `@${choice.scale}x.png` : ".svg"}`;
        download(blob, name);
        setNotice(t("files.exported", { name }));
      } else if (choice.kind === "offline") {
        const { makeOfflineCopy } = await import("../features/file-io/offlineCopy");
        const name = `${base}-offline.html`;
        download(await makeOfflineCopy(model, apiRef.current?.positions() ?? null, window.location.search, loaded?.file ?? "graph.json"), name);
        setNotice(t("files.exported", { name }));
      } else {
        const positions = apiRef.current?.positions() ?? null;
        const shown = shownGraph(model, visibility?.hiddenNodes ?? null, visibility?.hiddenEdges ?? null, positions, theme);
        const files = await writeShown({ ...shown, graph: withStories(shown.graph, stories) }, choice.format, base);
        for (const f of files) download(new Blob([f.text], { type: f.type }), f.name);
        setNotice(t("files.exported", { name: files.map((f) => f.name).join(", ") }));
      }
    } catch (err) {
      setNotice(t("files.exportFailed", { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return { exportView, notice, clearNotice: () => setNotice(null) };
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
