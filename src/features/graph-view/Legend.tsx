// The legend: the node types and relation types present in the graph, each with its
// shape, colour or line, and how many there are. Unknown types appear in a neutral style.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeTypeLabel, relationTypeLabel } from "../../model/labels";
import { NODE_TYPES, RELATION_TYPES } from "../../model/vocabulary";
import { edgeStyleOf, nodeStyleOf, type Theme } from "../../render/palette";
import { shapePath } from "../../render/shapes";

function countBy(values: readonly string[], order: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (t: string) => {
    const i = order.indexOf(t);
    return i < 0 ? order.length : i;
  };
  return [...counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

export function Legend({ model, lang, theme }: { model: GraphModel; lang: Lang; theme: Theme }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const nodeTypes = useMemo(() => countBy(model.nodes.map((n) => n.type), NODE_TYPES), [model]);
  const edgeTypes = useMemo(() => countBy(model.edges.map((e) => e.type), RELATION_TYPES), [model]);
  return (
    <section className={`legend${open ? "" : " is-collapsed"}`} aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t("legend.title")}
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        </button>
      </h2>
      {open && (
        <div className="legend__body">
          <h3>{t("legend.nodes")}</h3>
          <ul>
            {nodeTypes.map(([type, count]) => {
              const style = nodeStyleOf(type);
              return (
                <li key={type}>
                  <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
                    <path d={shapePath(style.shape, 10, 10, 6.5)} fill={style[theme]} />
                  </svg>
                  <span className="legend__label">{nodeTypeLabel(type, lang)}</span>
                  <span className="legend__count">{count}</span>
                </li>
              );
            })}
          </ul>
          <h3>{t("legend.edges")}</h3>
          <ul>
            {edgeTypes.map(([type, count]) => {
              const style = edgeStyleOf(type);
              return (
                <li key={type}>
                  <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
                    <line x1="1" y1="10" x2="19" y2="10" stroke={style[theme]} strokeWidth="2.2" strokeDasharray={style.dash.join(" ") || undefined} />
                  </svg>
                  <span className="legend__label">{relationTypeLabel(type, lang)}</span>
                  <span className="legend__count">{count}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
