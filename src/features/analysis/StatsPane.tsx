// The statistics pane: the figures of the whole graph, nodes and relations by type, the
// degree distribution (a D3 histogram), and the figures as CSV.
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import { countByType, degreeHistogram, statsCsv } from "../../analysis/graphStats";
import { nodeTypeLabel, relationTypeLabel } from "../../model/labels";
import { drawHistogram } from "./charts";
import { JobProgress } from "./Progress";
import type { AnalysisPaneProps } from "./types";

const FIGURES = ["density", "diameter", "averagePathLength", "components"] as const;

export function StatsPane({ model, lang, results, actions }: AnalysisPaneProps) {
  const { t } = useTranslation();
  const job = results.measures;
  const figures = job.result?.figures ?? null;
  const nodeTypes = useMemo(() => countByType(model.nodes.map((n) => n.type)), [model]);
  const edgeTypes = useMemo(() => countByType(model.edges.map((e) => e.type)), [model]);
  const bins = useMemo(() => degreeHistogram(model.degree), [model]);
  const svgRef = useRef<SVGSVGElement>(null);
  const axisX = t("analysis.histogramX"), axisY = t("analysis.histogramY");
  useEffect(() => {
    if (svgRef.current) drawHistogram(svgRef.current, bins, { x: axisX, y: axisY });
  }, [bins, axisX, axisY]);
  const format = (v: number) => (Number.isInteger(v) ? v.toLocaleString(lang === "zh" ? "zh-CN" : "en") : v.toFixed(3));

  return (
    <div className="stats-pane">
      <h3>{t("analysis.statsFigures")}</h3>
      <JobProgress job={job} />
      <dl className="figures">
        <div>
          <dt>{t("analysis.figure.nodes")}</dt>
          <dd>{format(model.nodes.length)}</dd>
        </div>
        <div>
          <dt>{t("analysis.figure.edges")}</dt>
          <dd>{format(model.edges.length)}</dd>
        </div>
        {figures &&
          FIGURES.map((f) => (
            <div key={f}>
              <dt>{t(`analysis.figure.${f}`)}</dt>
              <dd>{format(figures[f])}</dd>
            </div>
          ))}
      </dl>
      {job.result?.sampled ? <p className="muted small">{t("analysis.sampled", { pivots: job.result.sampled })}</p> : null}
      <h3>{t("analysis.histogram")}</h3>
      <svg ref={svgRef} className="chart" role="img" aria-label={t("analysis.histogramLabel")} />
      <h3>{t("analysis.statsNodes")}</h3>
      <TypeCounts counts={nodeTypes} label={(type) => nodeTypeLabel(type, lang)} />
      <h3>{t("analysis.statsEdges")}</h3>
      <TypeCounts counts={edgeTypes} label={(type) => relationTypeLabel(type, lang)} />
      <p>
        <button type="button" className="btn" onClick={() => actions.exportStats(statsCsv(model, figures, job.result?.sampled ?? null))}>
          {t("analysis.exportCsv")}
        </button>
      </p>
    </div>
  );
}

function TypeCounts({ counts, label }: { counts: readonly (readonly [string, number])[]; label(type: string): string }) {
  return (
    <dl className="figures">
      {counts.map(([type, n]) => (
        <div key={type}>
          <dt>{label(type)}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
