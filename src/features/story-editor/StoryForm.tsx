// The story being edited: its title in both languages (its id follows the title until the
// story is first saved), the button that adds the current view as a step, and its steps in
// order, which move by drag and drop, by Alt+↑ / Alt+↓ and by their buttons.
import { useEffect, useRef, useState, type RefObject } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import { StepItem } from "./StepItem";
import type { DraftStep, DraftStory, DraftText } from "./storyDrafts";

export interface StoryFormProps {
  story: DraftStory;
  model: GraphModel;
  lang: Lang;
  onTitle(lang: keyof DraftText, text: string): void;
  onAddStep(): void;
  onCaption(step: DraftStep, lang: keyof DraftText, text: string): void;
  onPreview(step: DraftStep): void;
  onMove(from: number, to: number): void;
  onDeleteStep(step: DraftStep, index: number): void;
  onBack(): void;
}

/** Puts the focus back on a step (or a control in it) once the list has its new order. */
function useRefocus(list: RefObject<HTMLOListElement | null>, steps: readonly DraftStep[]) {
  const pending = useRef<{ key: string; selector: string } | null>(null);
  useEffect(() => {
    const want = pending.current;
    if (!want || !list.current) return;
    pending.current = null;
    const item = list.current.querySelector<HTMLElement>(`[data-step-key="${want.key}"]`);
    const inner = want.selector ? item?.querySelector<HTMLElement>(want.selector) : null;
    (inner && !(inner as HTMLButtonElement).disabled ? inner : item)?.focus();
  }, [list, steps]);
  return (key: string, selector = "") => {
    pending.current = { key, selector };
  };
}

export function StoryForm(props: StoryFormProps) {
  const { story, model, lang } = props;
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const refocus = useRefocus(list, story.steps);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  useEffect(() => titleRef.current?.focus(), [story.key]);
  // a step just added: its caption in the language of the interface is next to write
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const last = list.current?.lastElementChild;
    last?.scrollIntoView?.({ block: "nearest" });
    last?.querySelector<HTMLElement>(`textarea[lang="${lang === "zh" ? "zh-CN" : "en"}"]`)?.focus();
  }, [story.steps.length, lang]);

  const move = (from: number, to: number, selector = "") => {
    refocus(story.steps[from]!.key, selector);
    props.onMove(from, to);
  };

  return (
    <div className="story-form">
      <button type="button" className="text-button story-form__back" onClick={props.onBack}>
        ← {t("stories.back")}
      </button>
      {(["zh", "en"] as const).map((l) => (
        <label key={l} className="story-field">
          <span>{t(l === "zh" ? "stories.titleZh" : "stories.titleEn")}</span>
          <input ref={l === lang ? titleRef : undefined} type="text" lang={l === "zh" ? "zh-CN" : "en"} value={story.title[l]} onChange={(e) => props.onTitle(l, e.target.value)} />
        </label>
      ))}
      <p className="story-form__id">{t("stories.id", { id: story.id })}</p>
      <button type="button" className="btn story-form__add" onClick={() => {
          added.current = true;
          props.onAddStep();
        }}>
        + {t("stories.addStep")}
      </button>
      {story.steps.length === 0 ? (
        <p className="story-editor__empty">{t("stories.noSteps")}</p>
      ) : (
        <>
          <p id="story-editor-reorder-help" className="story-form__help">
            {t("stories.reorderHelp")}
          </p>
          <ol ref={list} className="step-list" aria-label={t("stories.stepList")} onDragEnd={() => (setDragFrom(null), setDropAt(null))}>
            {story.steps.map((step, index) => (
              <StepItem
                key={step.key}
                step={step}
                index={index}
                count={story.steps.length}
                model={model}
                lang={lang}
                dropTarget={dragFrom !== null && dropAt === index && dragFrom !== index}
                onCaption={(l, text) => props.onCaption(step, l, text)}
                onPreview={() => props.onPreview(step)}
                onMove={(to, selector) => move(index, to, selector)}
                onDelete={() => props.onDeleteStep(step, index)}
                onDragStart={() => setDragFrom(index)}
                onDragOver={() => setDropAt(index)}
                onDrop={() => {
                  if (dragFrom !== null && dragFrom !== index) move(dragFrom, index);
                  setDragFrom(null);
                  setDropAt(null);
                }}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
