// Rows of the table view and their ordering. Chinese names sort by the collator of the
// chosen language (pinyin order for zh), ties broken by id so the order is stable.
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeName, nodeTypeLabel, regionLabel } from "../../model/labels";

export const TABLE_COLUMNS = ["name", "type", "region", "links"] as const;
/** the fixed columns, and `measure:<id>` for a measure's column */
export type TableColumn = (typeof TABLE_COLUMNS)[number] | `measure:${string}`;
/** per measure id, its value for each node index */
export type MeasureValues = Readonly<Record<string, ArrayLike<number>>>;
export interface TableSort {
  column: TableColumn;
  direction: "ascending" | "descending";
}

export interface TableRow {
  index: number;
  id: string;
  name: string;
  type: string;
  region: string;
  links: number;
}

export function getTableRows(model: GraphModel, lang: Lang, visible?: (index: number) => boolean): TableRow[] {
  const rows: TableRow[] = [];
  model.nodes.forEach((node, index) => {
    if (visible && !visible(index)) return;
    rows.push({
      index,
      id: node.id,
      name: nodeName(node, lang),
      type: nodeTypeLabel(node.type, lang),
      region: regionLabel(node.region, lang),
      links: model.degree[index] ?? 0,
    });
  });
  return rows;
}

export function sortRows(rows: readonly TableRow[], sort: TableSort, lang: Lang, measures: MeasureValues = {}): TableRow[] {
  const collator = new Intl.Collator(lang === "zh" ? "zh-Hans-CN-u-co-pinyin" : "en", { numeric: true });
  const sign = sort.direction === "ascending" ? 1 : -1;
  const key = sort.column;
  const values = key.startsWith("measure:") ? measures[key.slice(8)] : undefined;
  return [...rows].sort((a, b) => {
    const primary = key.startsWith("measure:")
      ? (values?.[a.index] ?? 0) - (values?.[b.index] ?? 0)
      : key === "links"
        ? a.links - b.links
        : collator.compare(a[key as "name"], b[key as "name"]) || (key !== "name" ? collator.compare(a.name, b.name) * sign : 0);
    return primary * sign || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { column, direction: column === "links" || column.startsWith("measure:") ? "descending" : "ascending" };
}
