import type { Example } from '../core';

/** The optimizers the page offers: SGD, SGD with momentum 0.9, Adam. */
export type OptimizerChoice = 'sgd' | 'momentum' | 'adam';

/** What learns: the votes only, the votes and the first block's kernels, or every block. */
export type Learns = 'votes' | 'kernels' | 'all';

/**
 * Everything a training run is made of, besides the network it starts from. The page keeps
 * these in its state (and its link: the same link and the same number of steps give the same
 * weights); `drawings` are added from the state's drawings when a run starts.
 */
export interface TrainSettings {
  readonly optimizer: OptimizerChoice;
  /** A positive finite number. */
  readonly learningRate: number;
  /** Examples per step, 1 to 256. */
  readonly batchSize: number;
  /** L2 weight decay, 0 to 1. */
  readonly weightDecay: number;
  readonly learns: Learns;
  /** The seed of the examples, their order and a fresh start's weights: any integer. */
  readonly seed: number;
  /** Generated training and test pictures, each 2 to 2000. */
  readonly trainCount: number;
  readonly testCount: number;
  /** The class's own drawings at the grid size, added to the training set after the generated. */
  readonly drawings?: readonly Example[];
}

export const DEFAULT_TRAIN_SETTINGS: TrainSettings = {
  optimizer: 'momentum',
  learningRate: 0.1,
  batchSize: 16,
  weightDecay: 0,
  learns: 'kernels',
  seed: 1,
  trainCount: 200,
  testCount: 100,
};

/** The settings a teacher chooses (every field but the run-time drawings), in the link's order. */
export const TRAINING_FIELDS = [
  'optimizer',
  'learningRate',
  'batchSize',
  'weightDecay',
  'learns',
  'seed',
  'trainCount',
  'testCount',
] as const satisfies readonly (keyof TrainSettings)[];

/** The chosen settings alone: a run's settings without the drawings it added. */
export function trainingChoices(s: TrainSettings): TrainSettings {
  return Object.fromEntries(TRAINING_FIELDS.map((f) => [f, s[f]])) as unknown as TrainSettings;
}

/** Whether two runs would be set up alike (their drawings aside). */
export function sameTraining(a: TrainSettings, b: TrainSettings): boolean {
  return TRAINING_FIELDS.every((f) => a[f] === b[f]);
}

/** SGD with momentum uses PyTorch's usual 0.9. */
export const MOMENTUM = 0.9;

/** A setting that cannot be used, and why. */
export interface SettingProblem {
  readonly field: keyof TrainSettings;
  readonly value: unknown;
}

const INTEGER_RANGES: Partial<Record<keyof TrainSettings, readonly [number, number]>> = {
  batchSize: [1, 256],
  trainCount: [2, 2000],
  testCount: [2, 2000],
};

/** The first setting that cannot be used, or null when all can. */
export function settingsProblem(s: TrainSettings): SettingProblem | null {
  const bad = (field: keyof TrainSettings): SettingProblem => ({ field, value: s[field] });
  if (!['sgd', 'momentum', 'adam'].includes(s.optimizer)) return bad('optimizer');
  if (!(Number.isFinite(s.learningRate) && s.learningRate > 0)) return bad('learningRate');
  if (!(Number.isFinite(s.weightDecay) && s.weightDecay >= 0 && s.weightDecay <= 1)) {
    return bad('weightDecay');
  }
  if (!['votes', 'kernels', 'all'].includes(s.learns)) return bad('learns');
  if (!Number.isSafeInteger(s.seed)) return bad('seed');
  for (const [field, [lo, hi]] of Object.entries(INTEGER_RANGES) as [
    keyof TrainSettings,
    readonly [number, number],
  ][]) {
    const v = s[field] as number;
    if (!Number.isInteger(v) || v < lo || v > hi) return bad(field);
  }
  return null;
}
