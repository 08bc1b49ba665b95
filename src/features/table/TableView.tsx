// The accessible alternative to the picture: every node shown, sortable, virtualized.
// Only rows in view are rendered; aria-rowcount carries the full count (header included).
import { useMemo, useRef, useState, type CSSProperties } from "react";
import type { MeasureId } from "../../analysis/measureIds";
import { useTranslation } from "../../i18n/useTranslation";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { DEFAULT_MEASURE_COLUMNS, formatMeasure } from "./measureColumns";
import { MeasureColumnChooser } from "./MeasureColumnChooser";
import { getTableRows, nextSort, sortRows, TABLE_COLUMNS, type TableColumn, type TableSort } from "./sortRows";

const ROW_HEIGHT = 40;

export interface TableViewProps {
  model: GraphModel;
  lang: Lang;
  selected: string | null;
  /** per node 1 = hidden by the filters */
  hidden?: Uint8Array | null;
  onSelect: (id: string) => void;
  /** the node measures, once computed: their columns can be shown and sorted */
  measures?: Readonly<Record<MeasureId, Float64Array>> | null;
}

export function TableView({ model, lang, selected, hidden, onSelect, measures }: TableViewProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<TableSort>({ column: "links", direction: "descending" });
  const [measureColumns, setMeasureColumns] = useState<readonly MeasureId[]>(DEFAULT_MEASURE_COLUMNS);
  const shownMeasures = measures ? measureColumns : [];
  const columns: TableColumn[] = [...TABLE_COLUMNS, ...shownMeasures.map((id) => `measure:${id}` as const)];
  const rows = useMemo(
    () => sortRows(getTableRows(model, lang, hidden ? (i) => !hidden[i] : undefined), sort, lang, measures ?? {}),
    [model, lang, sort, hidden, measures],
  );
  const gridStyle = { "--measure-columns": shownMeasures.length } as CSSProperties;
  const labelOf = (column: TableColumn) => (column.startsWith("measure:") ? t(`analysis.measure.${column.slice(8) as MeasureId}`) : t(`table.${column as "name"}`));
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 800, height: 600 },
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div className="table-view">
      {measures && <MeasureColumnChooser shown={measureColumns} onChange={setMeasureColumns} />}
      <div
        ref={scrollRef}
        role="table"
        tabIndex={0}
        aria-label={t("table.caption", { count: rows.length })}
        aria-rowcount={rows.length + 1}
        className="node-table"
      >
        <div role="rowgroup" className="node-table__head">
          <div role="row" aria-rowindex={1} className="node-table__row" style={gridStyle}>
            {columns.map((column) => {
              const label = labelOf(column);
              const active = sort.column === column;
              return (
                <div
                  role="columnheader"
                  key={column}
                  aria-sort={active ? sort.direction : "none"}
                  className={`node-table__cell node-table__cell--${column.startsWith("measure:") ? "measure" : column}`}
                >
                  <button type="button" onClick={() => setSort((s) => nextSort(s, column))} title={t("table.sortBy", { column: label })}>
                    {label}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="node-table__body" style={{ height: virtualizer.getTotalSize() }}>
            {rows.length === 0 && (
              <div role="row" aria-rowindex={2} className="node-table__empty">
                <div role="cell">{t("table.empty")}</div>
              </div>
            )}
            {items.map((item) => {
              const row = rows[item.index]!;
              const isSelected = row.id === selected;
              return (
                <div
                  role="row"
                  key={row.id}
                  aria-rowindex={item.index + 2}
                  aria-current={isSelected ? "true" : undefined}
                  className={`node-table__row${isSelected ? " is-selected" : ""}`}
                  style={{ ...gridStyle, position: "absolute", top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  <div role="cell" className="node-table__cell node-table__cell--name">
                    <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                      {row.name}
                    </button>
                  </div>
                  <div role="cell" className="node-table__cell node-table__cell--type">{row.type}</div>
                  <div role="cell" className="node-table__cell node-table__cell--region">{row.region || "—"}</div>
                  <div role="cell" className="node-table__cell node-table__cell--links">{row.links}</div>
                  {shownMeasures.map((id) => (
                    <div role="cell" key={id} className="node-table__cell node-table__cell--measure">
                      {formatMeasure(id, measures![id][row.index]!, lang)}
                    </div>
                  ))}
                </div>
              );
            })}
        </div>
      </div>
    </div>
  );
}
