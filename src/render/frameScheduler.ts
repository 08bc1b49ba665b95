// One draw per animation frame, and only of what changed: parts of the renderer mark the
// layers whose inputs changed, and the next frame draws those and nothing else.
export interface FrameScheduler<L extends string> {
  /** marks layers as changed and asks for a frame */
  invalidate(...layers: L[]): void;
  /** whether a frame is waiting to be drawn */
  pending(): boolean;
  kill(): void;
}

export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const browserClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * `draw` gets the layers marked since the last frame; it returns false when it could not
 * draw yet (no size, no graph), and the layers stay marked for the next frame asked for.
 */
export function createFrameScheduler<L extends string>(draw: (dirty: ReadonlySet<L>) => boolean, clock: FrameClock = browserClock): FrameScheduler<L> {
  const dirty = new Set<L>();
  let handle = 0;
  let killed = false;
  const frame = () => {
    handle = 0;
    if (!dirty.size) return;
    const now = new Set(dirty);
    dirty.clear();
    if (!draw(now)) for (const layer of now) dirty.add(layer);
  };
  return {
    invalidate(...layers) {
      for (const layer of layers) dirty.add(layer);
      if (!handle && !killed && dirty.size) handle = clock.request(frame);
    },
    pending: () => handle !== 0,
    kill() {
      killed = true;
      if (handle) clock.cancel(handle);
      handle = 0;
      dirty.clear();
    },
  };
}
