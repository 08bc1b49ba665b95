// The foot of the story editor: why a save was refused, what the editor just did (a live
// region, with Undo after a deletion), whether there are unsaved changes, and "Save into graph".
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { StoryIssue } from "./checkStories";
import { IssueList } from "./IssueList";

export interface SaveBarProps {
  issues: readonly StoryIssue[] | null;
  lang: Lang;
  said: string;
  dirty: boolean;
  onUndo: (() => void) | null;
  onSave(): void;
}

export function SaveBar({ issues, lang, said, dirty, onUndo, onSave }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <footer className="story-editor__footer">
      {issues && <IssueList issues={issues} lang={lang} />}
      <div className="story-editor__said">
        <p role="status" aria-live="polite">
          {said}
        </p>
        {onUndo && (
          <button type="button" className="btn btn--small" onClick={onUndo}>
            {t("stories.undo")}
          </button>
        )}
      </div>
      <div className="story-editor__save">
        <span className={dirty ? "story-editor__dirty" : "muted"}>{dirty ? t("stories.unsaved") : t("stories.allSaved")}</span>
        <button type="button" className="btn btn--primary" onClick={onSave}>
          {t("stories.save")}
        </button>
      </div>
    </footer>
  );
}
