import { describe, expect, it } from 'vitest';
import type { TrainReport } from '../../src/train/trainProtocol';
import { EMPTY_TRAIN_VIEW, withReport } from '../../src/train/trainView';

const report = (step: number, losses: number[], test = 0.5): TrainReport => ({
  type: 'progress',
  step,
  epochs: step / 10,
  losses,
  trainAccuracy: 0.6,
  testAccuracy: test,
  running: true,
  problem: null,
  weights: [],
  stepsPerSecond: 100,
  batchSize: 16,
});

describe('the training view', () => {
  it('adds each report to the curves, and a run at step 0 starts them again', () => {
    let view = withReport(EMPTY_TRAIN_VIEW, report(0, []));
    view = withReport(view, report(2, [0.7, 0.6]));
    view = withReport(view, report(3, [0.5], 0.75));
    expect(view.losses).toEqual([0.7, 0.6, 0.5]);
    expect(view.loss).toBe(0.5);
    expect(view.accuracy).toEqual([
      { step: 0, train: 0.6, test: 0.5 },
      { step: 2, train: 0.6, test: 0.5 },
      { step: 3, train: 0.6, test: 0.75 },
    ]);
    // A pause reports the same step again: its point is replaced, not repeated.
    view = withReport(view, { ...report(3, [], 0.8), running: false } as TrainReport);
    expect(view.accuracy).toHaveLength(3);
    expect(view.accuracy[2]!.test).toBe(0.8);
    expect(view.running).toBe(false);
    view = withReport(view, report(0, []));
    expect(view.losses).toEqual([]);
    expect(view.loss).toBeNull();
  });

  it('keeps the curves and says why when a run cannot start', () => {
    const view = withReport(withReport(EMPTY_TRAIN_VIEW, report(1, [0.7])), {
      type: 'failed',
      message: 'no',
    });
    expect(view.failed).toBe('no');
    expect(view.running).toBe(false);
    expect(view.losses).toEqual([0.7]);
  });
});
