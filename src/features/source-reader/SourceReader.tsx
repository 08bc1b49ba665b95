// The source reader: the article a quote comes from, with the quote highlighted and
// scrolled into view, so a fact is checked in one click. A file without the source's text
// shows the quote alone.
import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import { findQuote } from "../../analysis/findQuote";
import { pickText, type Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";

export interface SourceReaderProps {
  model: GraphModel;
  lang: Lang;
  source: string;
  quote: string;
  onClose(): void;
}

export function SourceReader({ model, lang, source: sourceId, quote, onClose }: SourceReaderProps) {
  const { t } = useTranslation();
  const source = model.file.meta?.sources?.find((s) => s.id === sourceId);
  const text = source?.text ?? "";
  const range = text ? findQuote(text, quote) : null;
  const markRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus({ preventScroll: true });
    markRef.current?.scrollIntoView({ block: "center" });
  }, [sourceId, quote]);

  return (
    <aside
      className="source-reader"
      aria-label={t("analysis.readerLabel")}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="source-reader__header">
        <div>
          <h2 className="source-reader__title" lang="zh-CN">
            {source ? pickText(source.title, "zh") : sourceId}
          </h2>
          {source && (
            <p className="muted small">
              {lang === "en" && source.title.en ? `${source.title.en} · ` : ""}
              {[source.publisher, source.date].filter(Boolean).join(" · ")}
            </p>
          )}
        </div>
        <button ref={closeRef} type="button" className="icon-button" onClick={onClose} aria-label={t("analysis.readerClose")} title={t("analysis.readerClose")}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" />
          </svg>
        </button>
      </header>
      {/* focusable, so the text scrolls by keyboard */}
      <div className="source-reader__body" lang="zh-CN" tabIndex={0}>
        {!text && <p className="muted">{t("analysis.readerNoText")}</p>}
        {text && !range && <p className="muted">{t("analysis.readerNotFound")}</p>}
        {text && range ? (
          <div className="source-reader__text">
            {text.slice(0, range.start)}
            <mark ref={markRef}>{text.slice(range.start, range.end)}</mark>
            {text.slice(range.end)}
          </div>
        ) : (
          <blockquote className="source-reader__quote">
            <mark ref={markRef}>{quote}</mark>
          </blockquote>
        )}
        {text && !range && <div className="source-reader__text">{text}</div>}
      </div>
    </aside>
  );
}
