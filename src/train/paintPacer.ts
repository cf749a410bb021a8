/** One display frame at 60 Hz, in milliseconds. */
const FRAME = 1000 / 60;

/** Runs the latest of the jobs it is given once a frame at most, backing off when they are slow. */
export interface PaintPacer {
  /** Replaces the waiting job (only the newest one runs). */
  push(job: () => void): void;
  /** Runs the waiting job now, if any. */
  flush(): void;
}

/**
 * Paces the page's updates from training reports: the newest waiting job runs in the next
 * animation frame; when a job and the render it causes take longer than a frame (measured to
 * the frame after it), the next one waits twice the excess, so the frames in between paint
 * at the display's rate and a slow page is updated less often rather than stuttering.
 */
export function createPaintPacer(
  frame: (callback: () => void) => void,
  now: () => number,
): PaintPacer {
  let pending: (() => void) | null = null;
  let scheduled = false;
  let notBefore = -Infinity;
  const runJob = (): void => {
    const job = pending;
    if (job === null) return;
    pending = null;
    const start = now();
    job();
    frame(() => {
      const cost = now() - start;
      notBefore = now() + Math.max(0, 2 * (cost - FRAME));
    });
  };
  const tick = (): void => {
    scheduled = false;
    if (pending === null) return;
    if (now() < notBefore) {
      scheduled = true;
      frame(tick);
      return;
    }
    runJob();
  };
  return {
    push(job) {
      pending = job;
      if (!scheduled) {
        scheduled = true;
        frame(tick);
      }
    },
    flush: runJob,
  };
}

/** A pacer on the page's animation frames and clock. */
export const framePacer = (): PaintPacer =>
  createPaintPacer(
    (fn) => requestAnimationFrame(fn),
    () => performance.now(),
  );
