// The Embed dialog: the snippets that embed the current view (iframe, or script tag and
// element), each with a copy button, and a live preview of the embedded view.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import { getElementSnippet, getIframeSnippet } from "./snippets";

export interface EmbedDialogProps {
  /** the view's absolute address with embed=1 */
  viewUrl: string;
  onClose(): void;
}

export function EmbedDialog({ viewUrl, onClose }: EmbedDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby="embed-dialog-title" onClose={onClose} onCancel={onClose}>
      <div className="embed-dialog__head">
        <h2 id="embed-dialog-title">{t("embed.title")}</h2>
        <button type="button" className="lang-toggle" onClick={onClose}>
          {t("embed.close")}
        </button>
      </div>
      <p className="embed-dialog__intro">{t("embed.intro")}</p>
      <Snippet id="embed-iframe" label={t("embed.iframe")} text={getIframeSnippet(viewUrl, t("embed.frameTitle"))} />
      <Snippet id="embed-element" label={t("embed.element")} text={getElementSnippet(viewUrl)} />
      <h3 className="embed-dialog__label">{t("embed.preview")}</h3>
      <iframe className="embed-dialog__preview" src={viewUrl} title={`${t("embed.preview")}: ${t("embed.frameTitle")}`} />
    </dialog>
  );
}

function Snippet({ id, label, text }: { id: string; label: string; text: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"" | "copied" | "failed">("");
  const ref = useRef<HTMLTextAreaElement>(null);
  const copy = () => {
    ref.current?.select();
    (navigator.clipboard?.writeText(text) ?? Promise.reject(new Error("no clipboard"))).then(
      () => setStatus("copied"),
      () => setStatus("failed"),
    );
  };
  return (
    <div className="embed-dialog__snippet">
      <label className="embed-dialog__label" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} ref={ref} readOnly value={text} rows={text.split("\n").length + 1} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-dialog__actions">
        <button type="button" className="lang-toggle" onClick={copy}>
          {t("embed.copy")}
        </button>
        <span role="status" className="small muted">
          {status === "copied" ? t("embed.copied") : status === "failed" ? t("embed.copyFailed") : ""}
        </span>
      </div>
    </div>
  );
}
