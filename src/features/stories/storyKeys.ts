// The keys of a story and of presentation mode (and of clickers, which send PageUp/PageDown
// or the arrows). A key typed into a field is the field's; a key the picture has already
// taken (the arrows pan it when it has focus) is the picture's, except in presentation
// mode, where the story's keys come first.
export type StoryMove = "next" | "previous" | "first" | "last" | "leave";

const MOVES: Record<string, StoryMove> = {
  ArrowRight: "next",
  ArrowDown: "next",
  PageDown: "next",
  " ": "next",
  ArrowLeft: "previous",
  ArrowUp: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
  Escape: "leave",
};

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The story move a key asks for, or null when the key belongs to something else. */
export function storyMoveOf(e: KeyboardEvent, presenting: boolean): StoryMove | null {
  if (e.altKey || e.ctrlKey || e.metaKey || typingInto(e.target)) return null;
  const move = MOVES[e.key];
  if (!move) return null;
  // Escape leaves presentation mode; outside it, Escape clears the selection or the search
  if (move === "leave" && !presenting) return null;
  // Space and Enter on a button press the button
  if (e.key === " " && e.target instanceof HTMLElement && ["BUTTON", "A", "SUMMARY"].includes(e.target.tagName)) return null;
  if (e.defaultPrevented && !presenting) return null;
  return move;
}
