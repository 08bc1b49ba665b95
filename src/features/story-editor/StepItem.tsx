// One step of the story being edited: its number and what it shows, its captions in both
// languages, and its tools (preview, move up and down, delete). The item itself takes
// Alt+↑ / Alt+↓ to move, and its handle drags it.
import type { DragEvent, KeyboardEvent } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { nodeName } from "../../model/labels";
import type { DraftStep, DraftText } from "./storyDrafts";

export interface StepItemProps {
  step: DraftStep;
  index: number;
  count: number;
  model: GraphModel;
  lang: Lang;
  dropTarget: boolean;
  onCaption(lang: keyof DraftText, text: string): void;
  onPreview(): void;
  /** moves the step to this position (0-based) */
  onMove(to: number, focus: string): void;
  onDelete(): void;
  onDragStart(): void;
  onDragOver(): void;
  onDrop(): void;
}

/** Where the focus was inside the item, to put it back there once the item has moved. */
function focusSelector(target: HTMLElement): string {
  if (target instanceof HTMLTextAreaElement) return `textarea[lang="${target.lang}"]`;
  const move = target.getAttribute("data-move");
  return move ? `[data-move="${move}"]` : "";
}

function useSummary(step: DraftStep, model: GraphModel, lang: Lang): string {
  const { t } = useTranslation();
  const { select, nodes, filters, layout, camera } = step.view;
  const node = select !== undefined ? model.nodes[model.indexOf.get(select) ?? -1] : undefined;
  return [
    select !== undefined ? t("stories.selects", { name: node ? nodeName(node, lang) : select }) : "",
    nodes?.length ? t("stories.nodes", { count: nodes.length }) : "",
    filters ? t("stories.filtered") : "",
    layout === "two-cities" ? t("stories.twoCities") : "",
    camera ? t("stories.camera") : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

export function StepItem(props: StepItemProps) {
  const { step, index, count, model, lang } = props;
  const { t } = useTranslation();
  const n = index + 1;
  const headingId = `${step.key}-heading`;
  const summary = useSummary(step, model, lang);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    const to = index + (e.key === "ArrowUp" ? -1 : 1);
    if (to >= 0 && to < count) props.onMove(to, focusSelector(e.target as HTMLElement));
  };
  const dragOver = (e: DragEvent) => {
    e.preventDefault();
    props.onDragOver();
  };

  return (
    <li
      className={`step-item${props.dropTarget ? " is-drop-target" : ""}`}
      data-step-key={step.key}
      tabIndex={0}
      aria-labelledby={headingId}
      aria-describedby="story-editor-reorder-help"
      onKeyDown={onKeyDown}
      onDragOver={dragOver}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop();
      }}
    >
      <div className="step-item__head">
        <span
          className="step-item__handle"
          draggable
          title={t("stories.dragLabel", { n })}
          aria-hidden="true"
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = "move";
            e.dataTransfer.setData("text/plain", step.key);
            const item = e.currentTarget.closest("li");
            if (item) e.dataTransfer.setDragImage(item, 16, 16);
            props.onDragStart();
          }}
        >
          ⠿
        </span>
        <strong id={headingId}>{t("stories.step", { n })}</strong>
        {summary && <span className="step-item__summary">{summary}</span>}
      </div>
      {(["zh", "en"] as const).map((l) => (
        <label key={l} className="story-field">
          <span>{t(l === "zh" ? "stories.captionZh" : "stories.captionEn")}</span>
          <textarea rows={2} lang={l === "zh" ? "zh-CN" : "en"} value={step.caption[l]} onChange={(e) => props.onCaption(l, e.target.value)} />
        </label>
      ))}
      <div className="step-item__tools">
        <button type="button" className="btn btn--small" aria-label={t("stories.previewLabel", { n })} onClick={props.onPreview}>
          {t("stories.preview")}
        </button>
        <span className="step-item__spacer" />
        <button type="button" className="icon-button" data-move="up" aria-label={t("stories.moveUp", { n })} title={t("stories.moveUp", { n })} disabled={index === 0} onClick={() => props.onMove(index - 1, '[data-move="up"]')}>
          ↑
        </button>
        <button type="button" className="icon-button" data-move="down" aria-label={t("stories.moveDown", { n })} title={t("stories.moveDown", { n })} disabled={index === count - 1} onClick={() => props.onMove(index + 1, '[data-move="down"]')}>
          ↓
        </button>
        <button type="button" className="btn btn--small btn--danger" aria-label={t("stories.removeStepLabel", { n })} onClick={props.onDelete}>
          {t("stories.remove")}
        </button>
      </div>
    </li>
  );
}
