// The measures pane: what sizes the nodes (each measure with its one-line explanation),
// the progress of the computation, and the ten highest nodes by the chosen measure.
import { useTranslation } from "../../i18n/useTranslation";
import { isMeasureId, MEASURE_IDS } from "../../analysis/measureIds";
import { topBy } from "../../analysis/ranks";
import { nodeName } from "../../model/labels";
import { JobProgress } from "./Progress";
import type { AnalysisPaneProps } from "./types";

export function MeasuresPane({ model, lang, size, results, actions }: AnalysisPaneProps) {
  const { t } = useTranslation();
  const job = results.measures;
  const chosen = isMeasureId(size) ? size : null;
  const values = job.result && chosen && chosen !== "component" ? job.result.values[chosen] : null;
  const top = values ? topBy(values, model.nodes.map((_, i) => i), 10) : [];
  return (
    <div className="measures-pane">
      <JobProgress job={job} />
      {job.result?.sampled ? <p className="muted small">{t("analysis.sampled", { pivots: job.result.sampled })}</p> : null}
      <fieldset className="measure-choice">
        <legend>{t("analysis.sizeBy")}</legend>
        <label className="check">
          <input type="radio" name="size-by" checked={chosen === null} onChange={() => actions.setSize(null)} />
          {t("analysis.sizeLinks")}
        </label>
        {MEASURE_IDS.filter((id) => id !== "component").map((id) => (
          <label key={id} className="check">
            <input type="radio" name="size-by" checked={chosen === id} onChange={() => actions.setSize(id)} aria-describedby={`explain-${id}`} />
            <span>
              {t(`analysis.measure.${id}`)}
              <span id={`explain-${id}`} className="measure-choice__explain">
                {t(`analysis.explain.${id}`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen && values && (
        <section>
          <h3>{t(`analysis.measure.${chosen}`)}</h3>
          <ol className="top-list">
            {top.map((i) => (
              <li key={i}>
                <button type="button" className="relation-link" onClick={() => actions.select(model.nodes[i]!.id)}>
                  {nodeName(model.nodes[i]!, lang)}
                </button>
                <span className="muted"> {Number.isInteger(values[i]) ? values[i] : values[i]!.toPrecision(3)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
