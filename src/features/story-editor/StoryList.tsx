// The stories of the graph (as drafts): each with its title and number of steps, to edit
// or delete; and the button that starts a new one.
import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import { pickText, type Lang } from "../../lib/pickText";
import type { DraftStory } from "./storyDrafts";

export interface StoryListProps {
  drafts: readonly DraftStory[];
  lang: Lang;
  /** the story just left: its Edit button takes the focus */
  focusKey: string | null;
  onCreate(): void;
  onEdit(story: DraftStory): void;
  onDelete(story: DraftStory, index: number): void;
}

export function storyTitle(story: DraftStory, lang: Lang, untitled: string): string {
  return pickText(story.title, lang) || untitled;
}

export function StoryList({ drafts, lang, focusKey, onCreate, onEdit, onDelete }: StoryListProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) root.current?.querySelector<HTMLElement>(`[data-story-key="${focusKey}"] button`)?.focus();
  }, [focusKey]);
  return (
    <div className="story-list" ref={root}>
      <button type="button" className="btn story-list__create" onClick={onCreate}>
        + {t("stories.create")}
      </button>
      {drafts.length === 0 ? (
        <p className="story-editor__empty">{t("stories.none")}</p>
      ) : (
        <ul aria-label={t("stories.heading")}>
          {drafts.map((story, index) => {
            const title = storyTitle(story, lang, t("stories.untitled"));
            return (
              <li key={story.key} className="story-list__item" data-story-key={story.key}>
                <span className="story-list__title">{title}</span>
                <span className="story-list__meta">{t("stories.steps", { count: story.steps.length })}</span>
                <span className="story-list__tools">
                  <button type="button" className="btn btn--small" aria-label={t("stories.editLabel", { title })} onClick={() => onEdit(story)}>
                    {t("stories.edit")}
                  </button>
                  <button type="button" className="btn btn--small btn--danger" aria-label={t("stories.removeStoryLabel", { title })} onClick={() => onDelete(story, index)}>
                    {t("stories.remove")}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
