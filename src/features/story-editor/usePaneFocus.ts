// Opening the pane takes the focus to its heading; closing gives it back to the switch that
// opens it (the element marked data-opens="story-editor").
import { useEffect, useRef, type RefObject } from "react";

export function usePaneFocus(open: boolean, onClose: () => void): [RefObject<HTMLHeadingElement | null>, () => void] {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  const close = () => {
    onClose();
    document.querySelector<HTMLElement>("[data-opens=story-editor]")?.focus();
  };
  return [heading, close];
}
