// The stories being edited, as drafts: each text in both languages as typed, each story and
// step with a key of its own (for lists, drag and drop and focus), and the fields the editor
// does not show kept as they came. Pure producers change them; toStories writes the file's form.
import type { LocalizedText, Story, StoryStep } from "../../model/schema";

export interface DraftText {
  zh: string;
  en: string;
}

export interface DraftStep {
  key: string;
  caption: DraftText;
  /** everything of the step but its caption */
  view: Omit<StoryStep, "caption">;
}

export interface DraftStory {
  key: string;
  id: string;
  /** the id follows the title until the story has been saved into the graph */
  idFixed: boolean;
  title: DraftText;
  description?: Story["description"];
  steps: DraftStep[];
}

let nextKey = 1;
const newKey = (prefix: string) => `${prefix}${nextKey++}`;

function draftText(text: string | LocalizedText | undefined): DraftText {
  if (typeof text === "string") return { zh: text, en: text };
  return { zh: text?.zh ?? "", en: text?.en ?? "" };
}

/** A plain string when both languages say the same; otherwise the languages written. */
function storyText(text: DraftText): string | LocalizedText {
  const zh = text.zh.trim(), en = text.en.trim();
  if (zh && zh === en) return zh;
  return { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };
}

export function fromStories(stories: readonly Story[] | undefined): DraftStory[] {
  return (stories ?? []).map((s) => ({
    key: newKey("story"),
    id: s.id,
    idFixed: true,
    title: draftText(s.title),
    ...(s.description !== undefined ? { description: s.description } : {}),
    steps: s.steps.map(({ caption, ...view }) => ({ key: newKey("step"), caption: draftText(caption), view })),
  }));
}

export const toStep = (step: DraftStep): StoryStep => ({ caption: storyText(step.caption), ...step.view });

export function toStories(drafts: readonly DraftStory[]): Story[] {
  return drafts.map((d) => ({
    id: d.id,
    title: storyText(d.title),
    ...(d.description !== undefined ? { description: d.description } : {}),
    steps: d.steps.map(toStep),
  }));
}

/** An id made from the title (English if written, else Chinese): letters and digits joined by hyphens. */
function slugOf(title: DraftText): string {
  const text = (title.en.trim() || title.zh.trim()).toLowerCase();
  const slug = text.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  return slug || "story";
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const othersIds = (drafts: readonly DraftStory[], key: string) => new Set(drafts.filter((d) => d.key !== key).map((d) => d.id));

type Producer = (drafts: DraftStory[]) => DraftStory[];
const onStory = (key: string, change: (d: DraftStory) => DraftStory): Producer => (drafts) => drafts.map((d) => (d.key === key ? change(d) : d));

/** A new, empty story at the end; its key is given so the editor can open it. */
export const createStory = (key: string, title: DraftText = { zh: "", en: "" }): Producer => (drafts) => [
  ...drafts,
  { key, id: uniqueId(slugOf(title), othersIds(drafts, key)), idFixed: false, title, steps: [] },
];
export const newStoryKey = () => newKey("story");

export const setTitle = (key: string, lang: keyof DraftText, text: string): Producer => (drafts) =>
  onStory(key, (d) => {
    const title = { ...d.title, [lang]: text };
    return { ...d, title, id: d.idFixed ? d.id : uniqueId(slugOf(title), othersIds(drafts, key)) };
  })(drafts);

export const deleteStory = (key: string): Producer => (drafts) => drafts.filter((d) => d.key !== key);

/** After a save, every id stays as it is. */
export const fixIds = (): Producer => (drafts) => drafts.map((d) => (d.idFixed ? d : { ...d, idFixed: true }));

export const addStep = (storyKey: string, view: Omit<StoryStep, "caption">, stepKey = newKey("step")): Producer =>
  onStory(storyKey, (d) => ({ ...d, steps: [...d.steps, { key: stepKey, caption: { zh: "", en: "" }, view }] }));

export const setCaption = (storyKey: string, stepKey: string, lang: keyof DraftText, text: string): Producer =>
  onStory(storyKey, (d) => ({ ...d, steps: d.steps.map((s) => (s.key === stepKey ? { ...s, caption: { ...s.caption, [lang]: text } } : s)) }));

/** Moves the step at `from` to `to` (both clamped to the list). */
export const moveStep = (storyKey: string, from: number, to: number): Producer =>
  onStory(storyKey, (d) => {
    const at = Math.max(0, Math.min(d.steps.length - 1, to));
    if (from === at || from < 0 || from >= d.steps.length) return d;
    const steps = [...d.steps];
    const [moved] = steps.splice(from, 1);
    steps.splice(at, 0, moved!);
    return { ...d, steps };
  });

export const deleteStep = (storyKey: string, stepKey: string): Producer =>
  onStory(storyKey, (d) => ({ ...d, steps: d.steps.filter((s) => s.key !== stepKey) }));

/** Puts a deleted step back where it was (the undo of deleteStep). */
export const restoreStep = (storyKey: string, step: DraftStep, index: number): Producer =>
  onStory(storyKey, (d) => {
    const steps = [...d.steps];
    steps.splice(Math.min(index, steps.length), 0, step);
    return { ...d, steps };
  });

const isText = (v: unknown): v is DraftText => typeof v === "object" && v !== null && typeof (v as DraftText).zh === "string" && typeof (v as DraftText).en === "string";
const isStep = (v: unknown): v is DraftStep => typeof v === "object" && v !== null && isText((v as DraftStep).caption) && typeof (v as DraftStep).view === "object";
const isStory = (v: unknown): v is DraftStory =>
  typeof v === "object" && v !== null && typeof (v as DraftStory).id === "string" && isText((v as DraftStory).title) && Array.isArray((v as DraftStory).steps) && (v as DraftStory).steps.every(isStep);

/** Drafts kept from an earlier page, with fresh keys; null when they are not drafts. */
export function revive(value: readonly unknown[]): DraftStory[] | null {
  if (!value.every(isStory)) return null;
  return value.map((d) => ({ ...d, key: newKey("story"), idFixed: Boolean(d.idFixed), steps: d.steps.map((s) => ({ ...s, key: newKey("step") })) }));
}

/** The same stories, whatever the order of the keys in their records. */
export function sameStories(a: readonly Story[], b: readonly Story[]): boolean {
  const canonical = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : typeof v === "object" && v !== null
        ? `{${Object.keys(v)
            .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
            .join(",")}}`
        : JSON.stringify(v);
  return canonical(a) === canonical(b);
}

/** Puts a deleted story back where it was (the undo of deleteStory). */
export const restoreStory = (story: DraftStory, index: number): Producer => (drafts) => [...drafts.slice(0, index), story, ...drafts.slice(index)];
