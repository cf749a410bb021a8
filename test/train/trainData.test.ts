import { describe, expect, it } from 'vitest';
import { batchIndices, epochOrder, stepsPerEpoch, trainData } from '../../src/train/trainData';

describe('the training data', () => {
  it('are generated X and O pictures at the grid size, the test set from another seed', () => {
    const data = trainData(9, 12, 4, 6, 4)!;
    expect(data.train.map((e) => e.label)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(data.test).toHaveLength(4);
    expect(data.train[0]!.input.height).toBe(9);
    expect(data.train[0]!.input.width).toBe(12);
    expect(Array.from(data.test[0]!.input.data)).not.toEqual(Array.from(data.train[0]!.input.data));
    expect(trainData(6, 9, 1, 4, 4)).toBeNull();
  });

  it('are shuffled each epoch from the seed, the same on every call', () => {
    const first = epochOrder(10, 7, 0);
    expect([...first].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(epochOrder(10, 7, 0)).toEqual(first);
    expect(epochOrder(10, 7, 1)).not.toEqual(first);
    expect(epochOrder(10, 8, 0)).not.toEqual(first);
  });

  it('come in batches that take every example once an epoch, the last one smaller', () => {
    expect(stepsPerEpoch(10, 4)).toBe(3);
    const epoch = [0, 1, 2].map((s) => batchIndices(10, 4, 7, s));
    expect(epoch.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(epoch.flat()).toEqual(epochOrder(10, 7, 0));
    expect(batchIndices(10, 4, 7, 3)).toEqual(epochOrder(10, 7, 1).slice(0, 4));
  });
});
