// The controls over the picture: zoom, fit, the arrangement (free, two cities, map), re-running the
// layout, the keys the picture takes (a help behind the "?" button), and the layout's
// progress while it runs.
import { useId, useState } from "react";
import type { MessageKey } from "../../i18n/types";
import { useTranslation } from "../../i18n/useTranslation";
import { ARRANGEMENTS, type ArrangementName } from "../../state/viewState";

const ARRANGEMENT_TEXT: Record<ArrangementName, { name: MessageKey; hint: MessageKey }> = {
  free: { name: "map.free", hint: "map.freeHint" },
  "two-cities": { name: "graph.twoCities", hint: "graph.twoCitiesHint" },
  map: { name: "map.map", hint: "map.mapHint" },
};

/** the keys the picture takes when it has focus (src/render/input.ts), as the help lists them */
const KEYBOARD_HELP: readonly { keys: readonly string[]; action: MessageKey }[] = [
  { keys: ["←", "↑", "→", "↓"], action: "graph.keyboard.pan" },
  { keys: ["+", "−"], action: "graph.keyboard.zoom" },
  { keys: ["0"], action: "graph.keyboard.fit" },
  { keys: ["[", "]"], action: "graph.keyboard.step" },
  { keys: ["Esc"], action: "graph.keyboard.clear" },
];

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
  const [helpOpen, setHelpOpen] = useState(false);
  const helpId = useId();
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
        <select
          className="arrangement-select"
          aria-label={t("map.arrangement")}
          title={t(ARRANGEMENT_TEXT[arrangement].hint)}
          value={arrangement}
          onChange={(e) => onArrangement(e.target.value as ArrangementName)}
        >
          {ARRANGEMENTS.map((a) => (
            <option key={a} value={a} title={t(ARRANGEMENT_TEXT[a].hint)}>
              {t(ARRANGEMENT_TEXT[a].name)}
            </option>
          ))}
        </select>
        {onRelayout && (
          <button type="button" className="text-button" onClick={() => onRelayout()} title={t("graph.relayoutHint")}>
            {t("graph.relayout")}
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          aria-label={t("graph.keyboard.title")}
          title={t("graph.keyboard.title")}
          onClick={() => setHelpOpen((open) => !open)}
          onKeyDown={(e) => {
            if (e.key !== "Escape" || !helpOpen) return;
            // closes the help, and only that: the selection stays
            e.preventDefault();
            setHelpOpen(false);
          }}
        >
          <span aria-hidden="true">?</span>
        </button>
      </div>
      {helpOpen && (
        <div id={helpId} className="keyboard-help" role="group" aria-label={t("graph.keyboard.title")}>
          <p>{t("graph.keyboard.intro")}</p>
          <dl>
            {KEYBOARD_HELP.map(({ keys, action }) => (
              <div key={action}>
                <dt>
                  {keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{t(action)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {progress !== null && (
        <div className="layout-progress" role="status" aria-live="polite">
          <span>{t("graph.layoutRunning")}</span>
          <progress max={100} value={Math.round(progress * 100)} aria-label={t("graph.layoutRunning")} />
        </div>
      )}
    </>
  );
}
