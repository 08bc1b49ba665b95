// One field that finds nodes as you type (ARIA combobox with a listbox of matches):
// arrow keys move, Enter opens the active match (or the best one), Escape clears.
import { useId, useMemo, useState } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeName, nodeTypeLabel } from "../../model/labels";
import { otherText } from "../../lib/pickText";
import { useSearchIndex } from "./useSearchIndex";

export interface SearchBoxProps {
  model: GraphModel | null;
  lang: Lang;
  query: string;
  onQuery(q: string): void;
  onSelect(id: string): void;
  hidden?: Uint8Array | null;
}

export function SearchBox({ model, lang, query, onQuery, onSelect, hidden }: SearchBoxProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const index = useSearchIndex(model, used || query.length > 0);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => (index && query.trim() ? index.search(query, 30).filter((h) => !hidden?.[h.index]).slice(0, 10) : []), [index, query, hidden]);
  const expanded = open && query.trim().length > 0;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit || !model) return;
    onSelect(model.nodes[hit.index]!.id);
    setOpen(false);
  };

  return (
    <div className="search">
      <svg className="search__icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="M13 13l4 4" />
      </svg>
      <input
        type="search"
        role="combobox"
        className="search__input"
        aria-label={t("search.label")}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t("search.placeholder")}
        value={query}
        maxLength={200}
        onChange={(e) => {
          onQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          setUsed(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === "Enter") {
            e.preventDefault();
            choose(expanded ? active : 0);
          } else if (e.key === "Escape") {
            // the first Escape clears the field; with the field empty it closes the detail panel
            if (query) {
              e.preventDefault();
              onQuery("");
            }
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t("search.results")} className="search__list" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li role="option" aria-selected="false" aria-disabled="true" className="search__empty">
            {t("search.none", { query })}
          </li>
        )}
        {hits.map((hit, i) => {
          const node = model!.nodes[hit.index]!;
          const other = otherText(node.name, lang);
          return (
            <li
              key={node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`search__option${i === active ? " is-active" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(i)}
            >
              <span className="search__name">{nodeName(node, lang)}</span>
              <span className="search__meta">
                {nodeTypeLabel(node.type, lang)}
                {other ? ` · ${other}` : ""}
                {hit.matched !== nodeName(node, lang) && hit.matched !== other ? ` · ${hit.matched}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
