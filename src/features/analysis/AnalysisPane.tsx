// The analysis pane beside the picture: tabs for the measures, communities, path,
// statistics and the two-cities view, each its own module; the open tab is in the URL
// (analysis=<pane>).
import { useTranslation } from "../../i18n/useTranslation";
import { ANALYSIS_PANES, type AnalysisPane as PaneName } from "../../state/analysisState";
import { CitiesPane } from "./CitiesPane";
import { CommunitiesPane } from "./CommunitiesPane";
import { MeasuresPane } from "./MeasuresPane";
import { PathPane } from "./PathPane";
import { StatsPane } from "./StatsPane";
import type { AnalysisPaneProps } from "./types";

const PANES: Record<PaneName, (props: AnalysisPaneProps) => React.ReactNode> = {
  measures: MeasuresPane,
  communities: CommunitiesPane,
  path: PathPane,
  stats: StatsPane,
  cities: CitiesPane,
};

export function AnalysisPane(props: AnalysisPaneProps) {
  const { t } = useTranslation();
  const Body = PANES[props.pane];
  return (
    <aside
      className="analysis-pane"
      aria-label={t("analysis.label")}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          props.actions.openPane(null);
        }
      }}
    >
      <header className="analysis-pane__header">
        <div className="analysis-tabs" role="group" aria-label={t("analysis.tabs")}>
          {ANALYSIS_PANES.map((p) => (
            <button key={p} type="button" aria-pressed={props.pane === p} onClick={() => props.actions.openPane(p)}>
              {t(`analysis.tab.${p}`)}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button" onClick={() => props.actions.openPane(null)} aria-label={t("analysis.close")} title={t("analysis.close")}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" />
          </svg>
        </button>
      </header>
      <div className="analysis-pane__body"><Body key={props.pane === "path" && !props.path ? `path-${props.selected}` : props.pane} {...props} /></div>
    </aside>
  );
}
