// The two-cities pane: relations within Sichuan, within Chongqing and across, by relation
// type (counts and a D3 chart), and the cross-region brokers, each selectable.
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import { CITY_SIDES, crossRegionBrokers, twoCityCounts } from "../../analysis/twoCities";
import { nodeName, nodeTypeLabel, relationTypeLabel } from "../../model/labels";
import { drawCityBars } from "./charts";
import type { AnalysisPaneProps } from "./types";

/** Sichuan blue, Chongqing vermilion, across green (Okabe–Ito), lighter in the dark theme. */
const SIDE_COLOURS = { light: ["#0072B2", "#D55E00", "#009E73"], dark: ["#56B4E9", "#FF8A3D", "#35D0A2"] } as const;

export function CitiesPane({ model, lang, theme, results, actions }: AnalysisPaneProps) {
  const { t } = useTranslation();
  const counts = useMemo(() => twoCityCounts(model), [model]);
  const betweenness = results.measures.result?.values.betweenness ?? null;
  const brokers = useMemo(() => crossRegionBrokers(model, betweenness), [model, betweenness]);
  const svgRef = useRef<SVGSVGElement>(null);
  const colours = SIDE_COLOURS[theme];
  const bars = useMemo(() => counts.byType.map(([type, values]) => ({ label: relationTypeLabel(type, lang), values })), [counts, lang]);
  useEffect(() => {
    if (svgRef.current) drawCityBars(svgRef.current, bars, colours);
  }, [bars, colours]);
  const [sichuan, chongqing, across] = counts.total;

  return (
    <div className="cities-pane">
      <h3>{t("analysis.citiesLinks")}</h3>
      <p>{t("analysis.citiesTotal", { sichuan, chongqing, across })}</p>
      <ul className="chart-key">
        {CITY_SIDES.map((side, k) => (
          <li key={side}>
            <span className="chart-key__swatch" style={{ background: colours[k] }} aria-hidden="true" />
            {t(`analysis.${side}`)}
          </li>
        ))}
      </ul>
      <svg ref={svgRef} className="chart" role="img" aria-label={t("analysis.citiesChartLabel")} />
      <table className="cities-table">
        <caption className="visually-hidden">{t("analysis.citiesChartLabel")}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {CITY_SIDES.map((side) => (
              <th key={side} scope="col">
                {t(`analysis.${side}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counts.byType.map(([type, values]) => (
            <tr key={type}>
              <th scope="row">{relationTypeLabel(type, lang)}</th>
              {values.map((v, k) => (
                <td key={k}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("analysis.brokers")}</h3>
      <p className="muted small">{t("analysis.brokersHint")}</p>
      <ol className="top-list">
        {brokers.map((b) => (
          <li key={b.index}>
            <button type="button" className="relation-link" onClick={() => actions.select(model.nodes[b.index]!.id)}>
              {nodeName(model.nodes[b.index]!, lang)}
            </button>
            <span className="muted small">
              {" "}
              {nodeTypeLabel(model.nodes[b.index]!.type, lang)} · {t("analysis.crossLinks", { count: b.crossLinks })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
