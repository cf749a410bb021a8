import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAIN_SETTINGS,
  settingsProblem,
  trainerOptions,
} from '../../src/train/trainSettings';

const s = DEFAULT_TRAIN_SETTINGS;

describe('the training settings', () => {
  it('become trainer options that keep every conv bias and freeze what does not learn', () => {
    expect(
      trainerOptions({ ...s, learns: 'votes', optimizer: 'adam', learningRate: 0.01 }, [0, 4]),
    ).toEqual({
      optimizer: 'adam',
      learningRate: 0.01,
      weightDecay: 0,
      freeze: [0, 4],
      fixedBiases: [0, 4],
    });
    expect(
      trainerOptions(
        { ...s, learns: 'kernels', optimizer: 'momentum', learningRate: 0.01 },
        [0, 4],
      ),
    ).toEqual({
      optimizer: 'sgd',
      momentum: 0.9,
      learningRate: 0.01,
      weightDecay: 0,
      freeze: [4],
      fixedBiases: [0, 4],
    });
    expect(trainerOptions({ ...s, learns: 'all', optimizer: 'sgd' }, [0, 4]).freeze).toEqual([]);
  });

  it('name the first setting that cannot be used', () => {
    expect(settingsProblem(s)).toBeNull();
    expect(settingsProblem({ ...s, learningRate: 0 })).toEqual({ field: 'learningRate', value: 0 });
    expect(settingsProblem({ ...s, learningRate: NaN })?.field).toBe('learningRate');
    expect(settingsProblem({ ...s, batchSize: 2.5 })).toEqual({ field: 'batchSize', value: 2.5 });
    expect(settingsProblem({ ...s, batchSize: 257 })?.field).toBe('batchSize');
    expect(settingsProblem({ ...s, weightDecay: -1 })?.field).toBe('weightDecay');
    expect(settingsProblem({ ...s, seed: 1.5 })?.field).toBe('seed');
  });
});
