// The keys of a story (storyKeys.ts) and its autoplay, bound to the window while a story is
// open. In presentation mode the keys are read before the picture's (capture), else after.
import { useEffect, useRef, useState } from "react";
import { createAutoplay } from "./autoplay";
import { storyMoveOf, type StoryMove } from "./storyKeys";

export function useStoryKeys(active: boolean, presenting: boolean, onMove: (move: StoryMove) => void): void {
  const moveRef = useRef(onMove);
  useEffect(() => {
    moveRef.current = onMove;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const move = storyMoveOf(e, presenting);
      if (!move) return;
      e.preventDefault();
      if (presenting) e.stopPropagation();
      moveRef.current(move);
    };
    window.addEventListener("keydown", onKey, presenting);
    return () => window.removeEventListener("keydown", onKey, presenting);
  }, [active, presenting]);
}

const INPUT_EVENTS = ["keydown", "pointerdown", "wheel", "touchstart"] as const;

/** Steps on every `seconds` while nobody touches anything; returns whether it is paused. */
export function useAutoplay(seconds: number | null, onAdvance: () => void): boolean {
  const [paused, setPaused] = useState(false);
  const advanceRef = useRef(onAdvance);
  useEffect(() => {
    advanceRef.current = onAdvance;
  });
  useEffect(() => {
    if (seconds === null) return;
    const autoplay = createAutoplay({ seconds, onAdvance: () => advanceRef.current(), onPause: setPaused });
    const onInput = () => autoplay.input();
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      autoplay.kill();
      setPaused(false);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [seconds]);
  return paused;
}
