// The legend doubles as the filter: every node type, region and relation type present is a
// toggle with its swatch and count ("only" shows that one alone); below, the year range of
// dated relations and the neighbourhood depth of the selection, and a summary of what is shown.
import { useMemo, useState, type Ref } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeTypeLabel, regionLabel, relationTypeLabel } from "../../model/labels";
import { NODE_TYPES, REGIONS, RELATION_TYPES, type Region } from "../../model/vocabulary";
import { crossBorderColor } from "../../style/crossBorderColor";
import { COMMUNITY_COLORS, edgeStyleOf, nodeStyleOf, type Theme } from "../../style/palette";
import { shapePath } from "../../style/shapes";
import { yearSpan } from "../../analysis/visibility";
import type { Depth, Filters } from "../../state/viewState";

export interface FilterActions {
  toggleType(type: string): void;
  onlyTypes(types: string[]): void;
  toggleRegion(region: string): void;
  toggleRelation(type: string): void;
  onlyRelations(types: string[]): void;
  setYears(from: number | null, to: number | null): void;
  setDepth(depth: Depth): void;
  reset(): void;
}

export interface FilterLegendProps {
  model: GraphModel;
  lang: Lang;
  theme: Theme;
  filters: Filters;
  hasSelection: boolean;
  shown: { nodes: number; edges: number };
  actions: FilterActions;
  compact?: boolean;
  /** per node its community when the nodes are coloured by community: the swatches then say so */
  communityOf?: Int32Array | null;
  /** the legend's element, e.g. for the picture to measure the room it takes */
  ref?: Ref<HTMLElement>;
  /** on the map: how many links shown cross the Sichuan–Chongqing border; null elsewhere */
  crossBorderLinks?: number | null;
}

function countBy(values: readonly string[], order: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (t: string) => (order.indexOf(t) < 0 ? order.length : order.indexOf(t));
  return [...counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

interface RowProps {
  label: string;
  count: number;
  shown: boolean;
  swatch: React.ReactNode;
  onToggle(): void;
  onOnly?(): void;
  onlyLabel: string;
  onlyText: string;
}

function Row({ label, count, shown, swatch, onToggle, onOnly, onlyLabel, onlyText }: RowProps) {
  return (
    <li className={`filter-row${shown ? "" : " is-off"}`}>
      <button type="button" className="filter-row__toggle" aria-pressed={shown} onClick={onToggle}>
        {swatch}
        <span className="filter-row__label">{label}</span>
        <span className="filter-row__count">{count}</span>
      </button>
      {onOnly && (
        <button type="button" className="filter-row__only" onClick={onOnly} aria-label={onlyLabel} title={onlyLabel}>
          {onlyText}
        </button>
      )}
    </li>
  );
}

interface FilterSectionProps {
  title: string;
  items: [string, number][];
  hidden: readonly string[];
  labelOf(type: string): string;
  onToggle(type: string): void;
  onOnly(types: string[]): void;
  swatch(type: string): React.ReactNode;
}

/** A list of types, each a toggle with "only", and "All" once any is hidden. */
function FilterSection({ title, items, hidden, labelOf, onToggle, onOnly, swatch }: FilterSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="legend__section-head">
        <h3>{title}</h3>
        {hidden.length > 0 && (
          <button type="button" className="link-button small" onClick={() => onOnly([])}>
            {t("filters.all")}
          </button>
        )}
      </div>
      <ul>
        {items.map(([type, count]) => {
          const label = labelOf(type);
          return (
            <Row
              key={type}
              label={label}
              count={count}
              shown={!hidden.includes(type)}
              onToggle={() => onToggle(type)}
              onOnly={() => onOnly([type])}
              onlyLabel={t("filters.onlyLabel", { name: label })}
              onlyText={t("filters.only")}
              swatch={
                <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
                  {swatch(type)}
                </svg>
              }
            />
          );
        })}
      </ul>
    </>
  );
}

export function FilterLegend({ model, lang, theme, filters, hasSelection, shown, actions, compact, ref, crossBorderLinks = null, communityOf }: FilterLegendProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(!compact);
  const nodeTypes = useMemo(() => countBy(model.nodes.map((n) => n.type), NODE_TYPES), [model]);
  const regions = useMemo(() => countBy(model.nodes.map((n) => n.region ?? "").filter(Boolean), REGIONS), [model]);
  const relations = useMemo(() => countBy(model.edges.map((e) => e.type), RELATION_TYPES), [model]);
  const span = useMemo(() => yearSpan(model), [model]);
  const years = span ? Array.from({ length: span[1] - span[0] + 1 }, (_, i) => span[0] + i) : [];
  const summary = t("filters.summary", {
    nodes: t("filters.summaryNodes", { shown: shown.nodes, count: model.nodes.length }),
    edges: t("filters.summaryEdges", { shown: shown.edges, count: model.edges.length }),
  });
  const filtering = shown.nodes !== model.nodes.length || shown.edges !== model.edges.length || filters.depth > 0;

  return (
    <section ref={ref} className={`legend${open ? "" : " is-collapsed"}`} aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t("filters.title")}
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        </button>
      </h2>
      <p className="legend__summary" aria-live="polite">
        {summary}
      </p>
      {crossBorderLinks !== null && (
        <p className="legend__cross-border">
          <svg viewBox="0 0 20 12" aria-hidden="true">
            <line x1="1" y1="6" x2="19" y2="6" stroke={crossBorderColor(theme)} strokeWidth="3.5" strokeLinecap="round" />
          </svg>
          {t("map.crossBorder", { count: crossBorderLinks })}
        </p>
      )}
      {open && (
        <div className="legend__body">
          <FilterSection
            title={t("filters.nodeTypes")}
            items={nodeTypes}
            hidden={filters.hiddenTypes}
            labelOf={(type) => nodeTypeLabel(type, lang)}
            onToggle={actions.toggleType}
            onOnly={actions.onlyTypes}
            swatch={(type) => {
              const style = nodeStyleOf(type);
              // coloured by community, a type is its shape alone
              return communityOf ? (
                <path d={shapePath(style.shape, 10, 10, 6)} fill="none" stroke="currentColor" strokeWidth="1.6" />
              ) : (
                <path d={shapePath(style.shape, 10, 10, 6.5)} fill={style[theme]} />
              );
            }}
          />
          {communityOf && <CommunityKey communityOf={communityOf} theme={theme} />}
          {regions.length > 1 && (
            <RegionFilter regions={regions} hidden={filters.hiddenRegions} lang={lang} onToggle={actions.toggleRegion} />
          )}
          <FilterSection
            title={t("filters.relations")}
            items={relations}
            hidden={filters.hiddenRelations}
            labelOf={(type) => relationTypeLabel(type, lang)}
            onToggle={actions.toggleRelation}
            onOnly={actions.onlyRelations}
            swatch={(type) => {
              const style = edgeStyleOf(type);
              return <line x1="1" y1="10" x2="19" y2="10" stroke={style[theme]} strokeWidth="2.4" strokeDasharray={style.dash.join(" ") || undefined} />;
            }}
          />
          {years.length > 0 && <YearsFilter years={years} from={filters.yearFrom} to={filters.yearTo} onChange={actions.setYears} />}
          <label className="legend__depth">
            <span>{t("filters.depth")}</span>
            <select value={filters.depth} onChange={(e) => actions.setDepth(Number(e.target.value) as Depth)} aria-describedby={hasSelection ? undefined : "depth-hint"}>
              <option value={0}>{t("filters.depthOff")}</option>
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {t("filters.depthN", { count: d })}
                </option>
              ))}
            </select>
          </label>
          {!hasSelection && filters.depth > 0 && (
            <p id="depth-hint" className="muted small">
              {t("filters.depthNeedsSelection")}
            </p>
          )}
          {filtering && (
            <button type="button" className="btn legend__reset" onClick={actions.reset}>
              {t("filters.reset")}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function RegionFilter({ regions, hidden, lang, onToggle }: { regions: [string, number][]; hidden: readonly string[]; lang: Lang; onToggle(region: string): void }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t("filters.regions")}</h3>
      <ul className="chips">
        {regions.map(([region, count]) => (
          <Row
            key={region}
            label={regionLabel(region as Region, lang)}
            count={count}
            shown={!hidden.includes(region)}
            onToggle={() => onToggle(region)}
            onlyLabel=""
            onlyText=""
            swatch={null}
          />
        ))}
      </ul>
    </>
  );
}

function YearsFilter(props: { years: number[]; from: number | null; to: number | null; onChange(from: number | null, to: number | null): void }) {
  const { years, from, to, onChange } = props;
  const { t } = useTranslation();
  const pick = (value: number | null, set: (year: number | null) => void, label: string) => (
    <label>
      {label}
      <select value={value ?? ""} onChange={(e) => set(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{t("filters.any")}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="legend__years">
      <legend>{t("filters.years")}</legend>
      {pick(from, (y) => onChange(y, to), t("filters.from"))}
      {pick(to, (y) => onChange(from, y), t("filters.to"))}
    </fieldset>
  );
}

function CommunityKey({ communityOf, theme }: { communityOf: Int32Array; theme: Theme }) {
  const { t } = useTranslation();
  const sizes = useMemo(() => {
    const counts: number[] = [];
    for (const c of communityOf) counts[c] = (counts[c] ?? 0) + 1;
    return counts;
  }, [communityOf]);
  const named = COMMUNITY_COLORS.length - 1;
  const rest = sizes.slice(named).reduce((a, b) => a + b, 0);
  const swatch = (c: number) => (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
      <circle cx="10" cy="10" r="6.5" fill={COMMUNITY_COLORS[Math.min(c, named)]![theme]} />
    </svg>
  );
  return (
    <>
      <h3>{t("analysis.legendCommunities")}</h3>
      <ul className="community-key">
        {sizes.slice(0, named).map((n, c) => (
          <li key={c}>
            {swatch(c)}
            <span>{t("analysis.communityN", { n: c + 1 })}</span>
            <span className="filter-row__count">{n}</span>
          </li>
        ))}
        {rest > 0 && (
          <li>
            {swatch(named)}
            <span>{t("analysis.others")}</span>
            <span className="filter-row__count">{rest}</span>
          </li>
        )}
      </ul>
    </>
  );
}
