// The timeline: a year slider (a native range input, so arrows, Page keys, Home and End
// work) that shows the network as it stood at the end of the year chosen, a play button
// that steps through the years from the first, and a note on the undated relations, which
// stay. Shown only for graphs with dated relations (the stage decides).
import { useEffect, useId, useState } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import "./timeline.css";

/** how long each year stays on screen while playing */
const STEP_MS = 1200;

export interface TimelineProps {
  /** the first and last years relations are dated with */
  span: readonly [number, number];
  year: number | null;
  /** relations shown without a date (they stay whatever the year) */
  undated: number;
  onYear(year: number | null): void;
}

function usePlay(span: readonly [number, number], year: number | null, onYear: (year: number) => void) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing || year === null) return;
    const timer = window.setTimeout(() => {
      if (year + 1 >= span[1]) setPlaying(false);
      onYear(Math.min(year + 1, span[1]));
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, span, onYear]);
  const toggle = () => {
    if (playing) return setPlaying(false);
    // from the start, unless stopped halfway
    if (year === null || year >= span[1]) onYear(span[0]);
    setPlaying(true);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}

export function Timeline({ span, year, undated, onYear }: TimelineProps) {
  const { t } = useTranslation();
  const id = useId();
  const { playing, toggle, stop } = usePlay(span, year, onYear);
  const asOf = year === null ? t("timeline.allYears") : t("timeline.asOf", { year });
  return (
    <section className="timeline" aria-label={t("timeline.label")}>
      <div className="timeline__row">
        <button type="button" className="icon-button" aria-label={t(playing ? "timeline.pause" : "timeline.play")} title={t(playing ? "timeline.pause" : "timeline.play")} onClick={toggle}>
          <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span>
        </button>
        <label htmlFor={id} className="timeline__label">
          {t("timeline.label")}
        </label>
        <input
          id={id}
          type="range"
          className="timeline__slider"
          min={span[0]}
          max={span[1]}
          step={1}
          value={year ?? span[1]}
          aria-valuetext={asOf}
          onChange={(e) => {
            stop();
            onYear(Number(e.target.value));
          }}
        />
        <output htmlFor={id} className="timeline__year" aria-live="polite">
          {asOf}
        </output>
        {year !== null && (
          <button
            type="button"
            className="text-button"
            onClick={() => {
              stop();
              onYear(null);
            }}
          >
            {t("timeline.all")}
          </button>
        )}
      </div>
      {year !== null && undated > 0 && <p className="timeline__note">{t("timeline.undated", { count: undated })}</p>}
    </section>
  );
}
