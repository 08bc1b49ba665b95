// What the app says about loading and exporting, between the header and the stage: the
// load failure (role="alert", dismissable, with a retry for network failures), the repairs
// made to a file that opened, the progress of a load, the outcome of an export, the note
// that a local file is shown, and the overlay while a file is dragged over the page.
import { Suspense, useState } from "react";
import type { GraphData } from "./useGraphData";
import { useTranslation } from "../i18n/useTranslation";
import { GraphLoadError } from "../io/errors";
import type { Lang } from "../lib/pickText";
import { LoadProgress } from "../features/load-status/LoadProgress";
import { LoadAlert, LoadWarnings } from "./lazyFeatures";

export interface StatusAreaProps {
  data: GraphData;
  lang: Lang;
  /** the name of the local file shown, if one is */
  localFile: string | null;
  notice: string | null;
  onNoticeEnd(): void;
  dragging: boolean;
}

export function StatusArea({ data, lang, localFile, notice, onNoticeEnd, dragging }: StatusAreaProps) {
  const { t } = useTranslation();
  const { status, loaded, error, keptPrevious, stage, bytes, total, refetch } = data;
  const [dismissed, setDismissed] = useState<unknown>(null);
  const [dismissedWarnings, setDismissedWarnings] = useState<unknown>(null);
  const warnings = status === "ready" && loaded && loaded.warnings.length > 0 && dismissedWarnings !== loaded ? loaded : null;

  return (
    <>
      {status === "error" && dismissed !== error && (
        <Suspense fallback={null}>
          <LoadAlert
            error={error}
            lang={lang}
            keptPrevious={keptPrevious}
            onDismiss={() => setDismissed(error)}
            onRetry={error instanceof GraphLoadError && error.kind === "fetch" ? refetch : undefined}
          />
        </Suspense>
      )}
      {warnings && (
        <Suspense fallback={null}>
          <LoadWarnings file={warnings.file} warnings={warnings.warnings} lang={lang} onDismiss={() => setDismissedWarnings(warnings)} />
        </Suspense>
      )}
      {stage && <LoadProgress stage={stage} bytes={bytes} total={total} />}
      {notice && (
        <p className="notice" role="status" onAnimationEnd={onNoticeEnd}>
          {notice}
        </p>
      )}
      {localFile && <p className="local-note">{t("files.localFile", { file: localFile })}</p>}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t("files.drop")}</p>
        </div>
      )}
    </>
  );
}
