// What a load says besides failing and its progress (LoadProgress.tsx): the repairs made to
// a file that was opened anyway (edges to missing nodes dropped, duplicate ids merged…).
import { useTranslation } from "../../i18n/useTranslation";
import type { GraphIssue } from "../../io/errors";
import type { Lang } from "../../lib/pickText";
import { IssueList } from "./LoadAlert";

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
