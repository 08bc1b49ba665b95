import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutoplay } from "./autoplay";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autoplay", () => {
  it("advances every few seconds, pauses on input, and plays on after a minute without input", () => {
    const onAdvance = vi.fn();
    const pauses: boolean[] = [];
    const autoplay = createAutoplay({ seconds: 5, onAdvance, onPause: (p) => pauses.push(p) });
    vi.advanceTimersByTime(15_000);
    expect(onAdvance).toHaveBeenCalledTimes(3);
    autoplay.input();
    expect(autoplay.paused()).toBe(true);
    vi.advanceTimersByTime(40_000);
    autoplay.input(); // more input starts the idle minute again
    vi.advanceTimersByTime(59_000);
    expect(onAdvance).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1_000);
    expect(autoplay.paused()).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(onAdvance).toHaveBeenCalledTimes(4);
    expect(pauses).toEqual([true, false]);
    autoplay.kill();
    vi.advanceTimersByTime(60_000);
    expect(onAdvance).toHaveBeenCalledTimes(4);
  });
});
