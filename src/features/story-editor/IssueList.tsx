// Why a save was refused: each problem with the story and step it is in, as people count
// them, and what is wrong, in the language of the interface.
import { useTranslation } from "../../i18n/useTranslation";
import { ISSUE_CODES, issueText, type IssueCode } from "../../io/issueCodes";
import type { Lang } from "../../lib/pickText";
import type { StoryIssue } from "./checkStories";

const FIELD_KEYS = { title: "stories.field_title", caption: "stories.field_caption", steps: "stories.field_steps" } as const;

function useIssueLine() {
  const { t } = useTranslation();
  return (at: StoryIssue, lang: Lang): string => {
    const where = at.step !== null ? t("stories.atStep", { story: at.story, step: at.step }) : t("stories.atStory", { story: at.story });
    const field = at.field in FIELD_KEYS ? t(FIELD_KEYS[at.field as keyof typeof FIELD_KEYS]) : at.field;
    const { message, code, params } = at.issue;
    const what = /needs zh or en/.test(message)
      ? t("stories.needsText")
      : /at least one step/.test(message)
        ? t("stories.needsSteps")
        : code && Object.prototype.hasOwnProperty.call(ISSUE_CODES, code)
          ? issueText(code as IssueCode, params ?? {}, lang)
          : message;
    return `${where} · ${field}: ${what}`;
  };
}

export function IssueList({ issues, lang }: { issues: readonly StoryIssue[]; lang: Lang }) {
  const { t } = useTranslation();
  const line = useIssueLine();
  return (
    <div className="story-editor__issues" role="alert">
      <p>{t("stories.notSaved")}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{line(issue, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
