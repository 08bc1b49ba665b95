// The story player: applies the current step to the view (stepToViewState), tells the shell
// what the step emphasises and frames, and shows the caption bar (the caption in a live
// region, with data-story-step), the step counter and the buttons. Its keys, autoplay and
// presentation mode's effects are hooks of their own.
import "./stories.css";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import type { Lang } from "../../lib/pickText";
import type { GraphModel } from "../../model/graphModel";
import type { Story } from "../../model/schema";
import { useViewState, useViewStore } from "../../state/hooks";
import { openStory, setPresent, setStoryStep } from "../../state/viewState";
import type { StoryMove } from "./storyKeys";
import { stepToViewState } from "../../state/storyStep";
import { clampStep, findStory, stepCamera, stepEmphasis, storyText, type StepCamera, type StepEmphasis } from "./storySteps";
import { usePresentation } from "./usePresentation";
import { useAutoplay, useStoryKeys } from "./useStoryControls";

export interface StoryStage {
  emphasis: StepEmphasis | null;
  camera: StepCamera;
  /** the story's title and the step's caption in each language (for the export) */
  text: Record<Lang, { title: string; caption: string }>;
  step: number;
  steps: number;
}

export interface StoryPlayerProps {
  model: GraphModel;
  /** the graph's stories, with those the story editor saved */
  stories: readonly Story[];
  onStage(stage: StoryStage | null): void;
  /** the height the caption bar takes at the foot of the picture */
  onInset(height: number): void;
}

function stageOf(model: GraphModel, story: Story, step: number): StoryStage {
  const s = story.steps[step - 1]!;
  const emphasis = stepEmphasis(s, model);
  const text = (lang: Lang) => ({ title: storyText(story.title, lang), caption: storyText(s.caption, lang) });
  return { emphasis, camera: stepCamera(s, emphasis), text: { zh: text("zh"), en: text("en") }, step, steps: story.steps.length };
}

/** Opens the first story when presentation mode or autoplay asks for one; closes a story the graph does not have. */
function useStoryChoice(stories: readonly Story[], storyId: string | null, wanted: boolean) {
  const store = useViewStore();
  useEffect(() => {
    const first = stories[0];
    if (!storyId && wanted && first) store.update(openStory(first.id));
    else if (storyId && !findStory(stories, storyId)) store.update(openStory(null));
  }, [store, stories, storyId, wanted]);
}

export function StoryPlayer({ model, stories, onStage, onInset }: StoryPlayerProps) {
  const { t } = useTranslation();
  const store = useViewStore();
  const storyId = useViewState((s) => s.story);
  const step = useViewState((s) => s.step);
  const present = useViewState((s) => s.present);
  const autoplay = useViewState((s) => s.autoplay);
  const lang = useViewState((s) => s.lang);
  const story = useMemo(() => findStory(stories, storyId), [stories, storyId]);
  const total = story?.steps.length ?? 0;
  useStoryChoice(stories, storyId, present || autoplay !== null);

  useEffect(() => {
    if (!story) return onStage(null);
    const n = clampStep(story, step);
    if (n !== step) return store.update(setStoryStep(n));
    store.update((s) => stepToViewState(story.steps[n - 1]!, s));
    onStage(stageOf(model, story, n));
  }, [store, model, story, step, onStage]);
  useEffect(() => () => onStage(null), [onStage]);

  const leave = useCallback(() => store.update(setPresent(false)), [store]);
  usePresentation(present, leave);
  const move = (m: StoryMove) => {
    if (m === "leave") return leave();
    const next = { next: step + 1, previous: step - 1, first: 1, last: total }[m];
    if (next >= 1 && next <= total) store.update(setStoryStep(next));
  };
  useStoryKeys(Boolean(story), present, move);
  const paused = useAutoplay(story ? autoplay : null, () => store.update(setStoryStep(step >= total ? 1 : step + 1)));
  const barRef = useBarInset(onInset, Boolean(story));

  if (!story) return null;
  const caption = storyText(story.steps[step - 1]?.caption, lang);
  return (
    <section ref={barRef} className="story-bar" aria-label={t("story.region")}>
      <div className="story-bar__head">
        <h2 className="story-bar__title">{storyText(story.title, lang)}</h2>
        <span className="story-bar__counter" aria-label={t("story.counter", { step, total })}>
          {step} / {total}
        </span>
      </div>
      <div className="story-bar__live" aria-live="polite" aria-atomic="true">
        <p className="story-bar__caption" data-story-step={step}>
          {caption}
        </p>
      </div>
      <div className="story-bar__tools">
        {autoplay !== null && (
          <span className="story-bar__autoplay" data-autoplay={paused ? "paused" : "playing"}>
            {t(paused ? "story.autoplayPaused" : "story.autoplayOn")}
          </span>
        )}
        <span className="story-bar__keys">{t("story.keys")}</span>
        <button type="button" className="icon-button" onClick={() => move("previous")} disabled={step <= 1} aria-label={t("story.previous")} title={t("story.previous")}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" className="icon-button" onClick={() => move("next")} disabled={step >= total} aria-label={t("story.next")} title={t("story.next")}>
          <span aria-hidden="true">›</span>
        </button>
        {present ? (
          <button type="button" className="icon-button" onClick={leave} aria-label={t("story.leavePresent")} title={t("story.leavePresent")}>
            <span aria-hidden="true">⤢</span>
          </button>
        ) : (
          <button type="button" className="icon-button" onClick={() => store.update(openStory(null))} aria-label={t("story.close")} title={t("story.close")}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </section>
  );
}

/** Reports how far the bar reaches up from the foot of the picture while it is shown there, and 0 otherwise. */
function useBarInset(onInset: (height: number) => void, shown: boolean) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!shown || !bar || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const box = bar.getBoundingClientRect();
      const stage = bar.offsetParent?.getBoundingClientRect();
      const atFoot = stage && box.top > stage.top + stage.height / 2;
      onInset(atFoot ? Math.round(stage.bottom - box.top) : 0);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      onInset(0);
    };
  }, [onInset, shown]);
  return ref;
}
