// Presentation mode's effects on the document: leaving full screen (the browser's own
// Escape) leaves the mode, leaving the mode leaves full screen, and the cursor hides
// after a moment without moving.
import { useEffect } from "react";

const IDLE_CURSOR_MS = 2500;

/** Asks for full screen from a click; where it is refused, the mode still hides the chrome in the window. */
export function requestFullscreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => {});
}

export function usePresentation(present: boolean, leave: () => void): void {
  useEffect(() => {
    if (!present) {
      if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
      return;
    }
    const onFullscreen = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => document.removeEventListener("fullscreenchange", onFullscreen);
  }, [present, leave]);

  useEffect(() => {
    if (!present) return;
    const root = document.documentElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      root.classList.remove("is-idle");
      clearTimeout(timer);
      timer = setTimeout(() => root.classList.add("is-idle"), IDLE_CURSOR_MS);
    };
    wake();
    window.addEventListener("pointermove", wake);
    window.addEventListener("pointerdown", wake);
    return () => {
      clearTimeout(timer);
      root.classList.remove("is-idle");
      window.removeEventListener("pointermove", wake);
      window.removeEventListener("pointerdown", wake);
    };
  }, [present]);
}
