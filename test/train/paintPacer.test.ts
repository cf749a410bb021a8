import { describe, expect, it } from 'vitest';
import { createPaintPacer } from '../../src/train/paintPacer';

/** Frames by hand, 1000 / 60 ms apart; jobs may take time on the clock. */
function frames() {
  let time = 0;
  let queue: (() => void)[] = [];
  return {
    frame: (fn: () => void) => queue.push(fn),
    now: () => time,
    spend: (ms: number) => (time += ms),
    next() {
      time += 1000 / 60;
      const run = queue;
      queue = [];
      for (const fn of run) fn();
    },
  };
}

describe('the paint pacer', () => {
  it('runs only the newest job, in the next frame', () => {
    const f = frames();
    const pacer = createPaintPacer(f.frame, f.now);
    const ran: number[] = [];
    pacer.push(() => ran.push(1));
    pacer.push(() => ran.push(2));
    expect(ran).toEqual([]);
    f.next();
    expect(ran).toEqual([2]);
  });

  it('waits twice the excess after a job that took longer than a frame', () => {
    const f = frames();
    const pacer = createPaintPacer(f.frame, f.now);
    const ran: number[] = [];
    pacer.push(() => {
      ran.push(1);
      f.spend(50 - 1000 / 60); // with the frame after it: 50 ms, 33.3 ms too long
    });
    f.next();
    f.next();
    pacer.push(() => ran.push(2));
    // 66.7 ms to wait: frames at +16.7, +33.3, +50 are skipped, the one at +66.7 runs it.
    for (let i = 0; i < 3; i++) f.next();
    expect(ran).toEqual([1]);
    f.next();
    expect(ran).toEqual([1, 2]);
  });

  it('runs the waiting job at once on flush, and nothing twice', () => {
    const f = frames();
    const pacer = createPaintPacer(f.frame, f.now);
    const ran: number[] = [];
    pacer.push(() => ran.push(1));
    pacer.flush();
    f.next();
    expect(ran).toEqual([1]);
  });
});
