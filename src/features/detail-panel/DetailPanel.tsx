// The detail panel of the selected node: its names, type and region, description,
// figures, the quotations that evidence it, and its relations grouped by type, each a
// link to the other node with the quote that states the relation.
import { useContext, useEffect, useRef, type RefObject } from "react";
import type { MeasureResult } from "../../analysis/measures";
import { useTranslation } from "../../i18n/useTranslation";
import { otherText, pickText, type Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeName, nodeTypeLabel, regionLabel, relationTypeLabel, isKnownRelationType } from "../../model/labels";
import type { AttributeValue, Evidence, GraphSource } from "../../model/schema";
import { RELATION_INVERSE_LABELS } from "../../model/vocabulary";
import { MeasureRanks } from "./MeasureRanks";
import { QuoteLink, ReaderContext, type QuoteReader } from "./QuoteLink";
import { getRelationGroups, type RelationGroup } from "./relations";

export interface DetailPanelProps {
  model: GraphModel;
  index: number;
  lang: Lang;
  hiddenEdges: Uint8Array | null;
  onSelect(id: string): void;
  onClose(): void;
  /** the node measures, once computed: shown with the node's ranks */
  measures?: MeasureResult | null;
  /** opens the path pane from this node */
  onPathTo?(): void;
  /** makes each quote a link to its source in the reader */
  reader?: QuoteReader | null;
}

function groupLabel(group: RelationGroup, lang: Lang): string {
  if (group.direction === "in" && isKnownRelationType(group.type)) return RELATION_INVERSE_LABELS[group.type][lang];
  return relationTypeLabel(group.type, lang);
}

function isFigure(v: AttributeValue): v is Extract<AttributeValue, { value: unknown }> {
  return typeof v === "object" && v !== null && "value" in v;
}

function formatValue(v: AttributeValue, lang: Lang, approx: string): string {
  if (isFigure(v)) {
    const n = typeof v.value === "number" ? v.value.toLocaleString(lang === "zh" ? "zh-CN" : "en") : v.value;
    const unit = typeof v.unit === "string" ? v.unit : pickText(v.unit, lang);
    const glue = unit && unit !== "%" && lang === "en" ? " " : "";
    return lang === "zh" ? `${n}${v.approx ? approx : ""}${unit ?? ""}` : `${v.approx ? `${approx} ` : ""}${n}${glue}${unit ?? ""}`;
  }
  return v === null ? "—" : String(v);
}

function Quote({ evidence, sources, lang }: { evidence: Evidence; sources: ReadonlyMap<string, GraphSource>; lang: Lang }) {
  const { t } = useTranslation();
  const reader = useContext(ReaderContext);
  const source = sources.get(evidence.source);
  const title = source ? pickText(source.title, lang) : evidence.source;
  return (
    <figure className="quote">
      <blockquote lang="zh-CN">{reader ? <QuoteLink evidence={evidence} reader={reader} label={t("analysis.readQuote", { title })} /> : evidence.quote}</blockquote>
      <figcaption>
        {t("panel.source", { title })}
        {source?.date ? ` · ${source.date}` : ""}
      </figcaption>
    </figure>
  );
}

export function DetailPanel(props: DetailPanelProps) {
  return (
    <ReaderContext.Provider value={props.reader ?? null}>
      <PanelContent {...props} />
    </ReaderContext.Provider>
  );
}

function PanelContent({ model, index, lang, hiddenEdges, onSelect, onClose, measures, onPathTo }: DetailPanelProps) {
  const { t } = useTranslation();
  const node = model.nodes[index]!;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sources = new Map((model.file.meta?.sources ?? []).map((s) => [s.id, s]));
  const entries = Object.entries(node.attributes ?? {});
  const figures = entries.filter(([, v]) => isFigure(v));
  const others = entries.filter(([, v]) => !isFigure(v));
  const description = pickText(node.description, lang);
  const safeUrl = node.url && /^https?:\/\//i.test(node.url) ? node.url : null;

  // a new selection moves focus to the panel's heading, so Tab walks its relations next;
  // the panel that opens with the page (node= in the URL) leaves focus where it is
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) headingRef.current?.focus({ preventScroll: true });
    opened.current = true;
  }, [index]);

  return (
    <aside
      className="detail-panel"
      aria-label={t("panel.label")}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <PanelHeader node={node} lang={lang} headingRef={headingRef} onClose={onClose} />
      <div className="detail-panel__body">
        {description && <p className="detail-panel__description">{description}</p>}
        {safeUrl && (
          <p>
            <a href={safeUrl} target="_blank" rel="noopener noreferrer nofollow">
              {t("panel.open")}
            </a>
          </p>
        )}
        {figures.length > 0 && <AttributeList title={t("panel.figures")} entries={figures} lang={lang} />}
        {measures && <MeasureRanks values={measures.values} index={index} lang={lang} components={measures.figures.components} />}
        <RelationsSection model={model} index={index} lang={lang} hiddenEdges={hiddenEdges} sources={sources} onSelect={onSelect} />
        {onPathTo && (
          <p>
            <button type="button" className="btn" onClick={onPathTo}>
              {t("analysis.pathTo")}
            </button>
          </p>
        )}
        {(node.evidence?.length ?? 0) > 0 && (
          <section>
            <h3>{t("panel.evidence")}</h3>
            {node.evidence!.map((ev, i) => (
              <Quote key={i} evidence={ev} sources={sources} lang={lang} />
            ))}
          </section>
        )}
        {others.length > 0 && <AttributeList title={t("panel.attributes")} entries={others} lang={lang} />}
      </div>
    </aside>
  );
}

function PanelHeader({ node, lang, headingRef, onClose }: { node: GraphModel["nodes"][number]; lang: Lang; headingRef: RefObject<HTMLHeadingElement | null>; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <header className="detail-panel__header">
      <div>
        <h2 ref={headingRef} tabIndex={-1} className="detail-panel__title">
          {nodeName(node, lang)}
        </h2>
        {otherText(node.name, lang) && (
          <p className="detail-panel__other" lang={lang === "zh" ? "en" : "zh-CN"}>
            {otherText(node.name, lang)}
          </p>
        )}
        <p className="badges">
          <span className="badge">{nodeTypeLabel(node.type, lang)}</span>
          {node.region && <span className="badge badge--region">{regionLabel(node.region, lang)}</span>}
          {node.aliases?.map((a) => (
            <span key={a} className="badge badge--alias">
              {a}
            </span>
          ))}
        </p>
      </div>
      <button type="button" className="icon-button" onClick={onClose} aria-label={t("panel.close")} title={t("panel.close")}>
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5 5l10 10M15 5L5 15" />
        </svg>
      </button>
    </header>
  );
}

function RelationsSection(props: { model: GraphModel; index: number; lang: Lang; hiddenEdges: Uint8Array | null; sources: ReadonlyMap<string, GraphSource>; onSelect(id: string): void }) {
  const { model, index, lang, hiddenEdges, sources, onSelect } = props;
  const { t } = useTranslation();
  const { groups, hidden } = getRelationGroups(model, index, hiddenEdges);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section>
      <h3>{t("panel.relations", { count: total })}</h3>
      {total === 0 && <p className="muted">{t("panel.noRelations")}</p>}
      {groups.map((group) => (
        <div key={`${group.type}|${group.direction}`} className="relation-group">
          <h4>{groupLabel(group, lang)}</h4>
          <ul>
            {group.items.map((item) => {
              const other = model.nodes[item.other]!;
              return (
                <li key={item.edge}>
                  <button type="button" className="relation-link" onClick={() => onSelect(other.id)}>
                    {nodeName(other, lang)}
                  </button>
                  {item.date && <span className="relation-date">{item.date}</span>}
                  {item.evidence.slice(0, 2).map((ev, i) => (
                    <Quote key={i} evidence={ev} sources={sources} lang={lang} />
                  ))}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {hidden > 0 && <p className="muted">{t("panel.hiddenRelations", { count: hidden })}</p>}
    </section>
  );
}

function AttributeList({ title, entries, lang }: { title: string; entries: [string, AttributeValue][]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section>
      <h3>{title}</h3>
      <dl className="figures">
        {entries.map(([key, v]) => (
          <div key={key}>
            <dt>{isFigure(v) && v.label ? pickText(v.label, lang) : key}</dt>
            <dd>
              {formatValue(v, lang, t("panel.approx"))}
              {isFigure(v) && v.date ? <span className="figures__date"> ({v.date})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
