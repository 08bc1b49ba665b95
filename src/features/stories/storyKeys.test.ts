// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { storyMoveOf } from "./storyKeys";

function press(key: string, on: HTMLElement = document.body, prevented = false): KeyboardEvent {
  const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  if (prevented) e.preventDefault();
  on.dispatchEvent(e);
  return e;
}

describe("story keys", () => {
  it("step forward and back with the arrows, PageUp/PageDown, Space, Home and End", () => {
    const moves = ["ArrowRight", "ArrowDown", "PageDown", " ", "ArrowLeft", "ArrowUp", "PageUp", "Home", "End"].map((k) => storyMoveOf(press(k), false));
    expect(moves).toEqual(["next", "next", "next", "next", "previous", "previous", "previous", "first", "last"]);
  });

  it("leave typing in the search box alone, and the arrows the picture took unless presenting", () => {
    const input = document.createElement("input");
    document.body.appendChild(input);
    expect(storyMoveOf(press("ArrowRight", input), true)).toBeNull();
    expect(storyMoveOf(press("ArrowRight", document.body, true), false)).toBeNull();
    expect(storyMoveOf(press("ArrowRight", document.body, true), true)).toBe("next");
    expect(storyMoveOf(press("PageDown"), false)).toBe("next");
  });

  it("leave presentation mode with Escape, and leave Escape to others outside it", () => {
    expect(storyMoveOf(press("Escape"), true)).toBe("leave");
    expect(storyMoveOf(press("Escape"), false)).toBeNull();
  });

  it("let Space press a focused button", () => {
    const button = document.createElement("button");
    document.body.appendChild(button);
    expect(storyMoveOf(press(" ", button), true)).toBeNull();
  });
});
