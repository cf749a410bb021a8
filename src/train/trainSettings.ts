import type { Example, TrainerOptions } from '../core';

/** The optimizers the page offers: SGD, SGD with momentum 0.9, Adam. */
export type OptimizerChoice = 'sgd' | 'momentum' | 'adam';

/** What learns: the votes only, the votes and the first block's kernels, or every block. */
export type Learns = 'votes' | 'kernels' | 'all';

/** Everything a training run is made of, besides the network it starts from. */
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

/**
 * The core's trainer options for the page's network, whose conv2d layers are `convLayers`
 * (block 1 first): every conv bias stays fixed (the page's kernels share one bias per block,
 * a setting); `learns` freezes the blocks that do not learn.
 */
export function trainerOptions(s: TrainSettings, convLayers: readonly number[]): TrainerOptions {
  const frozen =
    s.learns === 'votes' ? convLayers : s.learns === 'kernels' ? convLayers.slice(1) : [];
  const base = { learningRate: s.learningRate, weightDecay: s.weightDecay };
  const optimizer: TrainerOptions =
    s.optimizer === 'adam'
      ? { optimizer: 'adam', ...base }
      : { optimizer: 'sgd', momentum: s.optimizer === 'momentum' ? MOMENTUM : 0, ...base };
  return { ...optimizer, freeze: [...frozen], fixedBiases: [...convLayers] };
}
