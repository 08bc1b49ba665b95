// The progress of a load while it runs: its stage, in a live region, and while downloading
// the bytes so far, of the announced size when the server gives one. Small, and shown from
// the start of the first load: it is not a lazy chunk that would come after the download.
import { useTranslation } from "../../i18n/useTranslation";

const sizeText = (bytes: number) => (bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`);

export interface LoadProgressProps {
  stage: "fetching" | "reading" | "building";
  /** bytes downloaded so far (fetching) or the size read (reading, building) */
  bytes?: number | undefined;
  /** the size the server announced, when it did */
  total?: number | undefined;
}

export function LoadProgress({ stage, bytes, total }: LoadProgressProps) {
  const { t } = useTranslation();
  const size = bytes === undefined ? "" : sizeText(bytes);
  const text = t(`files.stage_${stage}`, { size });
  const downloading = stage === "fetching" && bytes !== undefined && bytes > 0;
  const determinate = downloading && total !== undefined && total > 0;
  // the live region says the stage; the bytes, which change ten times a second, are
  // shown beside it and told by the progress bar, not announced
  return (
    <div className="load-progress" role="status" aria-live="polite">
      <span>{text}</span>
      {downloading && <span aria-hidden="true">{total ? t("files.bytesOf", { size, total: sizeText(total) }) : size}</span>}
      {determinate ? <progress aria-label={text} value={Math.min(bytes, total)} max={total} /> : <progress aria-label={text} />}
    </div>
  );
}
