// Export of the view as shown: the picture (PNG at a scale, or SVG) with the title and the
// source line drawn in, or the data of the visible part with the drawn positions and
// colours. The writers load on the first export; the outcome is a short notice.
import { useState, type RefObject } from "react";
import type { Visibility } from "../analysis/visibility";
import type { LoadedGraph } from "../data/loadGraph";
import type { ExportChoice } from "../features/file-io/FileMenu";
import type { GraphViewApi } from "../features/graph-view/GraphView";
import { useTranslation } from "../i18n/useTranslation";
import { pickText, type Lang } from "../lib/pickText";
import type { ThemeName } from "../state/viewState";

export interface ExportInput {
  loaded: LoadedGraph | null;
  visibility: Visibility | null;
  apiRef: RefObject<GraphViewApi | null>;
  theme: ThemeName;
  lang: Lang;
  title: string;
  /** node measures (and communities) to write into the data exports, when computed */
  measures?: Readonly<Record<string, ArrayLike<number>>> | null;
}

export function useExportView({ loaded, visibility, apiRef, theme, lang, title, measures }: ExportInput) {
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
        const source = pickText(model.file.meta?.sources?.[0]?.title, lang) || loaded?.file || "";
        const blob = await api.exportImage({
          format: choice.format,
          scale: choice.format === "png" ? choice.scale : 1,
          title,
          caption: t("files.caption", { source }),
        });
        const name = `${base}${choice.format === "png" ? `@${choice.scale}x.png` : ".svg"}`;
        download(blob, name);
        setNotice(t("files.exported", { name }));
      } else {
        const positions = apiRef.current?.positions() ?? null;
        const shown = shownGraph(model, visibility?.hiddenNodes ?? null, visibility?.hiddenEdges ?? null, positions, theme, measures ?? null);
        const files = await writeShown(shown, choice.format, base);
        for (const f of files) download(new Blob([f.text], { type: f.type }), f.name);
        setNotice(t("files.exported", { name: files.map((f) => f.name).join(", ") }));
      }
    } catch (err) {
      setNotice(t("files.exportFailed", { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return { exportView, notice, clearNotice: () => setNotice(null) };
}
