// What a load says besides failing: its progress while it runs, and the repairs made to a
// file that was opened anyway (edges to missing nodes dropped, duplicate ids merged…).
import { useTranslation } from "../../i18n/useTranslation";
import type { GraphIssue } from "../../io/errors";
import type { Lang } from "../../lib/pickText";
import { IssueList } from "./LoadAlert";

export function LoadProgress({ stage, bytes }: { stage: "fetching" | "reading" | "building"; bytes?: number }) {
  const { t } = useTranslation();
  const size = bytes === undefined ? "" : bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;
  return (
    <div className="load-progress" role="status" aria-live="polite">
      <span>{t(`files.stage_${stage}`, { size })}</span>
      <progress aria-label={t(`files.stage_${stage}`, { size })} />
    </div>
  );
}

export function LoadWarnings({ file, warnings, lang, onDismiss }: { file: string; warnings: readonly GraphIssue[]; lang: Lang; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="load-warnings" role="status">
      <p>{t("files.warnings", { file, count: warnings.length })}</p>
      <IssueList issues={warnings} lang={lang} />
      <button type="button" className="btn" onClick={onDismiss}>
        {t("app.dismiss")}
      </button>
    </div>
  );
}
