// The selected node's measures with their ranks ("3rd of 121"), each with its one-line
// explanation; the connected component as "part 1 of 3".
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import { MEASURE_IDS, type MeasureId } from "../../analysis/measureIds";
import { rankOf } from "../../analysis/ranks";

const EN_ORDINAL = new Intl.PluralRules("en", { type: "ordinal" });
const EN_SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const ordinal = (n: number, lang: Lang) => (lang === "en" ? `${n}${EN_SUFFIX[EN_ORDINAL.select(n)] ?? "th"}` : String(n));

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(3);
}

export function MeasureRanks({ values, index, lang, components }: { values: Readonly<Record<MeasureId, Float64Array>>; index: number; lang: Lang; components: number }) {
  const { t } = useTranslation();
  const n = values.degree.length;
  return (
    <section>
      <h3>{t("analysis.ranks")}</h3>
      <dl className="figures measure-ranks">
        {MEASURE_IDS.map((id) => {
          const value = values[id][index]!;
          const text =
            id === "component"
              ? t("analysis.componentN", { n: value + 1, total: components })
              : `${formatValue(value)} · ${t("analysis.rankOf", { rank: ordinal(rankOf(values[id], index), lang), total: n })}`;
          return (
            <div key={id} title={t(`analysis.explain.${id}`)}>
              <dt>{t(`analysis.measure.${id}`)}</dt>
              <dd>{text}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
