// One path as an ordered list: an item per node, and before each node after the first the
// hop that reaches it (relation type, its direction along the path, the quotes).
import { useTranslation } from "../../i18n/useTranslation";
import { pickText, type Lang } from "../../lib/pickText";
import { isDirectedRelation } from "../../model/graphModel";
import { isKnownRelationType, nodeName, relationTypeLabel } from "../../model/labels";
import { RELATION_INVERSE_LABELS } from "../../model/vocabulary";
import { pathHops } from "../../analysis/pathHops";
import type { AnalysisPaneProps } from "./types";

/** The relation as read along the path: "→ member of", or "← has member" against its direction, "↔ partner of" without one. */
function hopLabel(type: string, forward: boolean, lang: Lang): string {
  if (!isDirectedRelation(type)) return `↔ ${relationTypeLabel(type, lang)}`;
  if (forward || !isKnownRelationType(type)) return `${forward ? "→" : "←"} ${relationTypeLabel(type, lang)}`;
  return `← ${RELATION_INVERSE_LABELS[type][lang]}`;
}

export function PathList({ model, lang, pathOptions, actions, reader, nodes: path, label }: AnalysisPaneProps & { nodes: readonly number[]; label: string }) {
  const { t } = useTranslation();
  const hops = pathHops(model, path, pathOptions.skip);
  const sources = new Map((model.file.meta?.sources ?? []).map((s) => [s.id, s]));
  return (
    <ol className="path-list" aria-label={label}>
      {path.map((i, step) => {
        const node = model.nodes[i]!;
        const hop = step > 0 ? hops[step - 1] : undefined;
        return (
          <li key={`${step}-${i}`} className="path-list__item">
            {hop?.edges.map((k, j) => {
              const edge = model.edges[k]!;
              return (
                <div key={k} className="path-hop">
                  <span className="path-hop__relation">{hopLabel(edge.type, hop.forward[j]!, lang)}</span>
                  {edge.evidence?.slice(0, 2).map((ev, q) => {
                    const title = pickText(sources.get(ev.source)?.title, lang) || ev.source;
                    return (
                      <blockquote key={q} className="path-hop__quote" lang="zh-CN">
                        {reader ? (
                          <a
                            href={reader.href(ev)}
                            title={t("analysis.readQuote", { title })}
                            onClick={(e) => {
                              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                              e.preventDefault();
                              reader.open(ev);
                            }}
                          >
                            {ev.quote}
                          </a>
                        ) : (
                          ev.quote
                        )}
                      </blockquote>
                    );
                  })}
                </div>
              );
            })}
            <button type="button" className="relation-link" onClick={() => actions.select(node.id)}>
              {nodeName(node, lang)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
