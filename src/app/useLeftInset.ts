// How far an overlay reaches into its positioned container from the left (the legend over
// the picture), kept up to date while it resizes, so the picture can fit beside it. Attach
// the returned ref callback to the overlay; `watch` re-measures when the layout around it
// changes without resizing it (the legend moves between the picture and the table).
import { useEffect, useState } from "react";

export function useLeftInset(watch?: unknown): [(element: HTMLElement | null) => void, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [inset, setInset] = useState(0);
  useEffect(() => {
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const left = element.offsetParent?.getBoundingClientRect().left ?? 0;
      setInset(box.width > 0 ? Math.round(box.right - left) : 0);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, watch]);
  return [setElement, element ? inset : 0];
}
