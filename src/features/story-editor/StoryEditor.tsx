// The story editor: the graph's stories as drafts, one of them open to edit, and "Save into
// graph", which validates them as a file is validated when opened and hands them to the app
// (the file menu's JSON export then writes them). What it does is said in a live region.
import { useState } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import type { Story } from "../../model/schema";
import type { StepCamera, StepCameraTarget } from "../../state/storyStep";
import { checkStories, type StoryIssue } from "./checkStories";
import { SaveBar } from "./SaveBar";
import { StoryForm } from "./StoryForm";
import { StoryList, storyTitle } from "./StoryList";
import * as drafts from "./storyDrafts";
import { usePaneFocus } from "./usePaneFocus";
import { useStepView } from "./useStepView";
import { useStoryDrafts } from "./useStoryDrafts";
import "./storyEditor.css";

/** What the editor needs of the picture: where its camera is, and showing a step. */
export interface StepPicture extends StepCameraTarget {
  viewCentre(): StepCamera;
}

export interface StoryEditorProps {
  model: GraphModel;
  lang: Lang;
  /** per node: 1 hidden by the filters */
  hiddenNodes: Uint8Array | null;
  /** the stories in the graph now */
  stories: readonly Story[];
  /** names the graph, so drafts kept in the session come back to the same graph */
  graphKey: string;
  picture(): StepPicture | null;
  open: boolean;
  onSave(stories: Story[]): void;
  onClose(): void;
}

type Undo = { kind: "step"; storyKey: string; step: drafts.DraftStep; index: number } | { kind: "story"; story: drafts.DraftStory; index: number };

export function StoryEditor(props: StoryEditorProps) {
  const { model, lang } = props;
  const { t } = useTranslation();
  const { drafts: list, update, dirty, restored } = useStoryDrafts(props.stories, props.graphKey);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [said, say] = useState(restored ? t("stories.draftsBack") : "");
  const [undo, setUndo] = useState<Undo | null>(null);
  const [issues, setIssues] = useState<StoryIssue[] | null>(null);
  const story = list.find((d) => d.key === openKey) ?? null;
  const [lastOpen, setLastOpen] = useState<string | null>(null);
  const [heading, close] = usePaneFocus(props.open, props.onClose);
  const { capture, preview } = useStepView(model, props.hiddenNodes, props.picture);

  const tell = (text: string, undoable: Undo | null = null) => {
    say(text);
    setUndo(undoable);
  };
  const save = () => {
    const checked = checkStories(drafts.toStories(list));
    if (!checked.ok) {
      setIssues(checked.issues);
      tell("");
      return;
    }
    setIssues(null);
    props.onSave(checked.stories);
    update(drafts.fixIds());
    tell(t("stories.saved", { count: checked.stories.length }));
  };
  const putBack = (u: Undo) => {
    update(u.kind === "step" ? drafts.restoreStep(u.storyKey, u.step, u.index) : drafts.restoreStory(u.story, u.index));
    tell(t("stories.restored"));
  };

  return (
    <section className="story-editor" aria-label={t("stories.pane")} hidden={!props.open}>
      <header className="story-editor__header">
        <h2 ref={heading} tabIndex={-1}>
          {t("stories.heading")}
        </h2>
        <button type="button" className="icon-button" aria-label={t("stories.close")} title={t("stories.close")} onClick={close}>
          ×
        </button>
      </header>
      <div className="story-editor__body">
        {story ? (
          <StoryForm
            story={story}
            model={model}
            lang={lang}
            onBack={() => {
              setLastOpen(story.key);
              setOpenKey(null);
            }}
            onTitle={(l, text) => update(drafts.setTitle(story.key, l, text))}
            onAddStep={() => {
              update(drafts.addStep(story.key, capture()));
              tell(t("stories.added", { n: story.steps.length + 1 }));
            }}
            onCaption={(step, l, text) => update(drafts.setCaption(story.key, step.key, l, text))}
            onPreview={(step) => preview(drafts.toStep(step))}
            onMove={(from, to) => {
              update(drafts.moveStep(story.key, from, to));
              tell(t("stories.moved", { n: to + 1, total: story.steps.length }));
            }}
            onDeleteStep={(step, index) => {
              update(drafts.deleteStep(story.key, step.key));
              tell(t("stories.stepDeleted", { n: index + 1 }), { kind: "step", storyKey: story.key, step, index });
            }}
          />
        ) : (
          <StoryList
            drafts={list}
            lang={lang}
            focusKey={lastOpen}
            onCreate={() => {
              const key = drafts.newStoryKey();
              update(drafts.createStory(key));
              setOpenKey(key);
            }}
            onEdit={(d) => setOpenKey(d.key)}
            onDelete={(d, index) => {
              update(drafts.deleteStory(d.key));
              tell(t("stories.storyDeleted", { title: storyTitle(d, lang, t("stories.untitled")) }), { kind: "story", story: d, index });
            }}
          />
        )}
      </div>
      <SaveBar issues={issues} lang={lang} said={said} dirty={dirty} onUndo={undo ? () => putBack(undo) : null} onSave={save} />
    </section>
  );
}
