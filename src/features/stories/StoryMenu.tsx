// The header's story controls: a list of the graph's stories (choosing one opens it at its
// first step), the Present button (full screen where the browser allows it), and what the
// shell adds (the story editor's switch). Part of the first bundle: the header keeps its
// height while the rest loads.
import "./storyMenu.css";
import type { ReactNode } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { GraphModel } from "../../model/graphModel";
import type { Story } from "../../model/schema";
import { useViewState, useViewStore } from "../../state/hooks";
import { openStory, setPresent } from "../../state/viewState";
import { storyText } from "./storySteps";
import { requestFullscreen } from "./usePresentation";

export function StoryMenu({ model, stories, children }: { model: GraphModel | null; stories: readonly Story[]; children?: ReactNode }) {
  const { t } = useTranslation();
  const store = useViewStore();
  const lang = useViewState((s) => s.lang);
  const story = useViewState((s) => s.story);
  return (
    <div className="story-menu">
      {stories.length > 0 && (
        <select className="story-menu__select" aria-label={t("story.choose")} value={story ?? ""} onChange={(e) => store.update(openStory(e.target.value || null))}>
          <option value="">{t("story.none")}</option>
          {stories.map((s) => (
            <option key={s.id} value={s.id}>
              {storyText(s.title, lang)}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="lang-toggle story-menu__present"
        disabled={!model}
        onClick={() => {
          requestFullscreen();
          store.update(setPresent(true));
        }}
      >
        {t("story.present")}
      </button>
      {children}
    </div>
  );
}
