// Which measures the table shows as columns: a disclosure with one checkbox per measure,
// each with its one-line explanation as a title.
import { useTranslation } from "../../i18n/useTranslation";
import type { MeasureId } from "../../analysis/measureIds";
import { ALL_MEASURES } from "./measureColumns";

export function MeasureColumnChooser({ shown, onChange }: { shown: readonly MeasureId[]; onChange(next: readonly MeasureId[]): void }) {
  const { t } = useTranslation();
  return (
    <details className="measure-columns">
      <summary>{t("analysis.columns")}</summary>
      <div className="measure-columns__list">
        {ALL_MEASURES.map((id) => (
          <label key={id} title={t(`analysis.explain.${id}`)}>
            <input
              type="checkbox"
              checked={shown.includes(id)}
              onChange={() => onChange(shown.includes(id) ? shown.filter((m) => m !== id) : ALL_MEASURES.filter((m) => m === id || shown.includes(m)))}
            />
            {t(`analysis.measure.${id}`)}
          </label>
        ))}
      </div>
    </details>
  );
}
