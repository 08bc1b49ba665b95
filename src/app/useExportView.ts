// Export of the view as shown (exportActions.ts writes it, loaded on the first export); the
// outcome is a short notice.
import { useState, type RefObject } from "react";
import type { Visibility } from "../analysis/visibility";
import type { LoadedGraph } from "../data/loadGraph";
import type { ExportChoice } from "../features/file-io/FileMenu";
import type { GraphViewApi } from "../features/graph-view/GraphView";
import type { StoryStage } from "../features/stories/StoryPlayer";
import { useTranslation } from "../i18n/useTranslation";
import type { Lang } from "../lib/pickText";
import type { Story } from "../model/schema";
import type { ThemeName } from "../state/viewState";

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
  /** node measures (and communities) to write into the data exports, when computed */
  measures?: Readonly<Record<string, ArrayLike<number>>> | null;
}

export function useExportView(input: ExportInput) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const model = input.loaded?.model ?? null;

  const exportView = async (choice: ExportChoice) => {
    if (!model) return;
    try {
      const { runExport } = await import("./exportActions");
      const said = await runExport(choice, input, model, t);
      if (said) setNotice(said);
    } catch (err) {
      setNotice(t("files.exportFailed", { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return { exportView, notice, clearNotice: () => setNotice(null) };
}
