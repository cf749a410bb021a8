import type { RunProblem } from './trainRun';
import type { TrainReport } from './trainProtocol';

/** Accuracy over the whole sets after a step. */
export interface AccuracyPoint {
  readonly step: number;
  readonly train: number;
  readonly test: number;
}

/** What the training panel shows: the last report and the curves so far. */
export interface TrainView {
  readonly step: number;
  readonly epochs: number;
  /** The last step's batch loss; null before the first step. */
  readonly loss: number | null;
  readonly trainAccuracy: number | null;
  readonly testAccuracy: number | null;
  readonly running: boolean;
  readonly problem: RunProblem | null;
  /** The run could not start (the core's or the loop's message). */
  readonly failed: string | null;
  readonly stepsPerSecond: number;
  readonly batchSize: number;
  /** losses[s]: the batch loss of step s (from 0). */
  readonly losses: readonly number[];
  readonly accuracy: readonly AccuracyPoint[];
}

export const EMPTY_TRAIN_VIEW: TrainView = {
  step: 0,
  epochs: 0,
  loss: null,
  trainAccuracy: null,
  testAccuracy: null,
  running: false,
  problem: null,
  failed: null,
  stepsPerSecond: 0,
  batchSize: 0,
  losses: [],
  accuracy: [],
};

/**
 * The view after a report. A report at step 0 starts the curves again (a new run); the
 * losses of later reports add to the loss curve, and each report adds an accuracy point.
 */
export function withReport(view: TrainView, report: TrainReport): TrainView {
  if (report.type === 'failed') return { ...view, running: false, failed: report.message };
  const fresh = report.step === 0;
  const losses = fresh ? [] : view.losses.concat(report.losses);
  const point = { step: report.step, train: report.trainAccuracy, test: report.testAccuracy };
  const previous = fresh ? [] : view.accuracy;
  const accuracy =
    previous.at(-1)?.step === report.step
      ? [...previous.slice(0, -1), point]
      : [...previous, point];
  return {
    step: report.step,
    epochs: report.epochs,
    loss: losses.at(-1) ?? null,
    trainAccuracy: report.trainAccuracy,
    testAccuracy: report.testAccuracy,
    running: report.running,
    problem: report.problem,
    failed: null,
    stepsPerSecond: report.stepsPerSecond,
    batchSize: report.batchSize,
    losses,
    accuracy,
  };
}
