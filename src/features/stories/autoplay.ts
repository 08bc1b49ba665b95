// A story that plays itself (a kiosk): one step every `seconds`, paused by any input, and
// playing on after `idleMs` without input. Timers are injected, so tests drive the clock.
interface AutoplayTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AutoplayOptions {
  seconds: number;
  /** ms without input before a paused story plays on */
  idleMs?: number;
  onAdvance(): void;
  /** told when the story pauses (true) or plays on (false) */
  onPause?(paused: boolean): void;
  timers?: AutoplayTimers;
}

export interface Autoplay {
  /** someone touched a key, the pointer or the wheel */
  input(): void;
  paused(): boolean;
  kill(): void;
}

const browserTimers: AutoplayTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const AUTOPLAY_IDLE_MS = 60_000;

export function createAutoplay(options: AutoplayOptions): Autoplay {
  const timers = options.timers ?? browserTimers;
  const idleMs = options.idleMs ?? AUTOPLAY_IDLE_MS;
  let stepTimer: unknown = null;
  let idleTimer: unknown = null;
  let paused = false;
  const clear = () => {
    if (stepTimer !== null) timers.clear(stepTimer);
    if (idleTimer !== null) timers.clear(idleTimer);
    stepTimer = idleTimer = null;
  };
  const play = () => {
    stepTimer = timers.set(() => {
      options.onAdvance();
      play();
    }, options.seconds * 1000);
  };
  play();
  return {
    input() {
      clear();
      if (!paused) options.onPause?.((paused = true));
      idleTimer = timers.set(() => {
        idleTimer = null;
        options.onPause?.((paused = false));
        play();
      }, idleMs);
    },
    paused: () => paused,
    kill: clear,
  };
}
