import { seededRandom, shuffled, xoExamples, type Example } from '../core';
import { withChannels } from '../state/exampleChannels';

/** The generated pictures a run learns from and is tested on. */
export interface TrainData {
  readonly train: readonly Example[];
  readonly test: readonly Example[];
}

/** The test set's seed: the training seed's stream never meets it (mulberry32 steps). */
export const testSeed = (seed: number): number => seed + 1;

/**
 * The training set (`trainCount` pictures from `seed`) and the held-out test set
 * (`testCount` from testSeed(seed)) of generated X's (label 0) and O's (label 1) at the
 * grid size, then the class's own drawings of that size, each with `channels` equal channels
 * (3 for a network that reads colour); null when the grid is outside xoExamples' 7..64.
 */
export function trainData(
  height: number,
  width: number,
  seed: number,
  trainCount: number,
  testCount: number,
  drawings: readonly Example[] = [],
  channels = 1,
): TrainData | null {
  const fits = (v: number): boolean => Number.isInteger(v) && v >= 7 && v <= 64;
  if (!fits(height) || !fits(width)) return null;
  // A network that reads colour sees the gray pictures with red = green = blue.
  const strip = (e: Example): Example => withChannels({ input: e.input, label: e.label }, channels);
  return {
    train: [
      ...xoExamples({ height, width, count: trainCount, seed }).map(strip),
      ...drawings.filter((d) => d.input.height === height && d.input.width === width).map(strip),
    ],
    test: xoExamples({ height, width, count: testCount, seed: testSeed(seed) }).map(strip),
  };
}

/**
 * The order of the training examples in epoch `epoch` (from 0): a Fisher-Yates shuffle of
 * 0..count-1 from a generator seeded by the run's seed and the epoch.
 */
export function epochOrder(count: number, seed: number, epoch: number): number[] {
  const indices = Array.from({ length: count }, (_, i) => i);
  return shuffled(indices, seededRandom((seed ^ Math.imul(epoch + 1, 0x9e3779b1)) >>> 0));
}

/** Steps in one epoch: every example once, the last batch smaller when they do not divide. */
export const stepsPerEpoch = (count: number, batchSize: number): number =>
  Math.ceil(count / batchSize);

/** The example indices of step `step` (from 0), epoch after epoch. */
export function batchIndices(
  count: number,
  batchSize: number,
  seed: number,
  step: number,
): number[] {
  const perEpoch = stepsPerEpoch(count, batchSize);
  const epoch = Math.floor(step / perEpoch);
  const at = (step % perEpoch) * batchSize;
  return epochOrder(count, seed, epoch).slice(at, Math.min(count, at + batchSize));
}
