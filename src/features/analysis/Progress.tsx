// The progress of an analysis job, or its failure.
import { useTranslation } from "../../i18n/useTranslation";
import type { Async } from "../../analysis/client";

export function JobProgress({ job }: { job: Async<unknown> }) {
  const { t } = useTranslation();
  if (job.status === "error") return <p role="alert">{t("analysis.failed")}</p>;
  if (job.status !== "running") return null;
  const percent = Math.round(job.share * 100);
  return (
    <div className="analysis-progress" role="status">
      <progress max={100} value={percent} aria-label={t("analysis.progress", { percent })} />
      <span>{t("analysis.progress", { percent })}</span>
    </div>
  );
}
