// The communities pane: colour by type or by community, the resolution of Louvain (the seed
// is fixed), and a summary per community, each selectable as a filter.
import { useState } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import { summarizeCommunities } from "../../analysis/communitySummary";
import { MEASURE_IDS, type MeasureId } from "../../analysis/measureIds";
import { nodeName, nodeTypeLabel, regionLabel } from "../../model/labels";
import type { Region } from "../../model/vocabulary";
import { COMMUNITY_COLORS } from "../../style/palette";
import { JobProgress } from "./Progress";
import type { AnalysisPaneProps } from "./types";

const MAX_SHOWN_COMMUNITIES = 30;

export function CommunitiesPane({ model, lang, theme, color, resolution, community, results, actions }: AnalysisPaneProps) {
  const { t } = useTranslation();
  const [rankBy, setRankBy] = useState<MeasureId>("pagerank");
  const job = results.communities;
  const values = results.measures.result?.values[rankBy] ?? model.degree;
  const summaries = job.result ? summarizeCommunities(model, job.result.of, job.result.count, values).slice(0, MAX_SHOWN_COMMUNITIES) : [];
  const swatch = (c: number) => COMMUNITY_COLORS[Math.min(c, COMMUNITY_COLORS.length - 1)]![theme];
  return (
    <div className="communities-pane">
      <fieldset className="measure-choice">
        <legend>{t("analysis.colorBy")}</legend>
        {(["type", "community"] as const).map((c) => (
          <label key={c} className="check">
            <input type="radio" name="color-by" checked={color === c} onChange={() => actions.setColor(c)} />
            {t(c === "type" ? "analysis.colorType" : "analysis.colorCommunity")}
          </label>
        ))}
      </fieldset>
      <label className="resolution">
        <span>
          {t("analysis.resolution")} <output>{resolution.toFixed(2)}</output>
        </span>
        <input type="range" min={0.1} max={3} step={0.05} value={resolution} onChange={(e) => actions.setResolution(Number(e.target.value))} aria-describedby="resolution-hint" />
      </label>
      <p id="resolution-hint" className="muted small">
        {t("analysis.resolutionHint")}
      </p>
      <JobProgress job={job} />
      {job.result && (
        <>
          <p role="status">{t("analysis.communitySummary", { count: job.result.count, modularity: job.result.modularity.toFixed(3) })}</p>
          <label className="top-by">
            {t("analysis.topBy")}{" "}
            <select value={rankBy} onChange={(e) => setRankBy(e.target.value as MeasureId)}>
              {MEASURE_IDS.filter((m) => m !== "component").map((m) => (
                <option key={m} value={m}>
                  {t(`analysis.measure.${m}`)}
                </option>
              ))}
            </select>
          </label>
          {community !== null && (
            <button type="button" className="btn" onClick={() => actions.showCommunity(null)}>
              {t("analysis.showAll")}
            </button>
          )}
          <ul className="community-list">
            {summaries.map((s) => (
              <li key={s.index} className="community">
                <div className="community__head">
                  <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
                    <circle cx="7" cy="7" r="6" fill={swatch(s.index)} />
                  </svg>
                  <strong>{t("analysis.communityN", { n: s.index + 1 })}</strong>
                  <span className="muted">{t("analysis.communityMembers", { count: s.members.length })}</span>
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-pressed={community === s.index + 1}
                    onClick={() => actions.showCommunity(community === s.index + 1 ? null : s.index + 1)}
                  >
                    {t("analysis.showCommunity", { n: s.index + 1 })}
                  </button>
                </div>
                <p className="community__top">
                  {s.top.map((i, k) => (
                    <span key={i}>
                      {k > 0 && (lang === "zh" ? "、" : ", ")}
                      <button type="button" className="relation-link" onClick={() => actions.select(model.nodes[i]!.id)}>
                        {nodeName(model.nodes[i]!, lang)}
                      </button>
                    </span>
                  ))}
                </p>
                <p className="muted small">
                  {[...s.types.map(([type, n]) => `${nodeTypeLabel(type, lang)} ${n}`), ...s.regions.map(([r, n]) => `${regionLabel(r as Region, lang)} ${n}`)].join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
