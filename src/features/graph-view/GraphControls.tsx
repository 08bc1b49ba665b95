// The controls over the picture: zoom, fit, the two-cities arrangement, re-running the
// layout, and the layout's progress while it runs.
import { useTranslation } from "../../i18n/useTranslation";
import type { ArrangementName } from "../../state/viewState";

export interface GraphControlsProps {
  progress: number | null;
  arrangement: ArrangementName;
  onArrangement(a: ArrangementName): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  /** runs the layout again from the current positions; the button shows only when given */
  onRelayout?(): void;
}

export function GraphControls({ progress, arrangement, onArrangement, onZoomIn, onZoomOut, onFit, onRelayout }: GraphControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="graph-controls" role="toolbar" aria-label={t("graph.controls")}>
        <button type="button" className="icon-button" onClick={onZoomIn} aria-label={t("graph.zoomIn")} title={t("graph.zoomIn")}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M10 4v12M4 10h12" /></svg>
        </button>
        <button type="button" className="icon-button" onClick={onZoomOut} aria-label={t("graph.zoomOut")} title={t("graph.zoomOut")}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M4 10h12" /></svg>
        </button>
        <button type="button" className="icon-button" onClick={onFit} aria-label={t("graph.fit")} title={t("graph.fit")}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" /></svg>
        </button>
        <button
          type="button"
          className="text-button"
          aria-pressed={arrangement === "two-cities"}
          onClick={() => onArrangement(arrangement === "two-cities" ? "free" : "two-cities")}
          title={t("graph.twoCitiesHint")}
        >
          {t("graph.twoCities")}
        </button>
        {onRelayout && (
          <button type="button" className="text-button" onClick={() => onRelayout()} title={t("graph.relayoutHint")}>
            {t("graph.relayout")}
          </button>
        )}
      </div>
      {progress !== null && (
        <div className="layout-progress" role="status" aria-live="polite">
          <span>{t("graph.layoutRunning")}</span>
          <progress max={100} value={Math.round(progress * 100)} aria-label={t("graph.layoutRunning")} />
        </div>
      )}
    </>
  );
}
