import type { TrainerOptions } from '../core';
import { MOMENTUM, type TrainSettings } from '../state/trainSettings';

export {
  DEFAULT_TRAIN_SETTINGS,
  MOMENTUM,
  settingsProblem,
  type Learns,
  type OptimizerChoice,
  type SettingProblem,
  type TrainSettings,
} from '../state/trainSettings';

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
