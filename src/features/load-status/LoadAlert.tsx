// The human-readable load or validation failure, in role="alert": what is wrong and where
// (file, record, field), with a note when the previous graph is still shown.
import { useTranslation } from "../../i18n/useTranslation";
import { GraphLoadError, type GraphIssue } from "../../io/errors";
import type { Lang } from "../../lib/pickText";
import { issueMessage } from "./issueLine";

export interface LoadAlertProps {
  error: unknown;
  lang: Lang;
  keptPrevious: boolean;
  onDismiss?: () => void;
  onRetry?: () => void;
}

export function IssueList({ issues, lang }: { issues: readonly GraphIssue[]; lang: Lang }) {
  return (
    <ul className="load-alert__issues">
      {issues.slice(0, 8).map((issue, i) => (
        <li key={i}>
          {issue.path && <code>{issue.path}</code>}
          {issue.path ? ": " : ""}
          {issueMessage(issue, lang)}
        </li>
      ))}
      {issues.length > 8 && <li>… +{issues.length - 8}</li>}
    </ul>
  );
}

export function LoadAlert({ error, lang, keptPrevious, onDismiss, onRetry }: LoadAlertProps) {
  const { t } = useTranslation();
  const err = error instanceof GraphLoadError ? error : null;
  const headline = err
    ? err.kind === "fetch"
      ? t("errors.fetch", { file: err.file, reason: err.reason })
      : err.kind === "json"
        ? t("errors.json", { file: err.file, reason: err.reason })
        : t("errors.invalid", { file: err.file, count: err.issues.length })
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div role="alert" className="load-alert">
      <strong className="load-alert__title">{t("errors.title")}</strong>
      <p className="load-alert__text">{headline}</p>
      {err && err.issues.length > 0 && <IssueList issues={err.issues} lang={lang} />}
      {keptPrevious && <p className="load-alert__text">{t("errors.keptPrevious")}</p>}
      <div className="load-alert__actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t("app.retry")}
          </button>
        )}
        {onDismiss && (
          <button type="button" onClick={onDismiss}>
            {t("app.dismiss")}
          </button>
        )}
      </div>
    </div>
  );
}
