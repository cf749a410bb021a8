import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core';
import { accuracy } from '../../src/train/accuracy';
import { createRun, freshNetwork } from '../../src/train/trainRun';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettings } from '../../src/train/trainSettings';
import { weightsOf } from '../../src/train/trainedWeights';
import { pageNetwork } from './helpers';

const { net, convLayers } = pageNetwork();
const settings: TrainSettings = { ...DEFAULT_TRAIN_SETTINGS, trainCount: 40, testCount: 20 };

function losses(run: NonNullable<ReturnType<typeof createRun>>, steps: number): number[] {
  return Array.from({ length: steps }, () => run.step()!);
}

const allWeights = (n: Network) => weightsOf(n).flatMap((w) => (w ? [...w.weight, ...w.bias] : []));

describe('a training run', () => {
  it('gives the same losses and weights every time for the same network and settings', () => {
    const a = createRun(net, settings, convLayers)!;
    const b = createRun(net, settings, convLayers)!;
    expect(losses(a, 7)).toEqual(losses(b, 7));
    expect(allWeights(a.network())).toEqual(allWeights(b.network()));
    expect(a.steps).toBe(7);
    // 40 examples in batches of 16: 3 steps an epoch.
    expect(a.epochs).toBe(7 / 3);
  });

  it('learns the votes only when told so: the kernels stay exactly as they were', () => {
    const run = createRun(net, { ...settings, learns: 'votes' }, convLayers)!;
    losses(run, 5);
    const before = weightsOf(net);
    const after = weightsOf(run.network());
    expect(Array.from(after[0]!.weight)).toEqual(Array.from(before[0]!.weight));
    const last = after.length - 1;
    expect(Array.from(after[last]!.weight)).not.toEqual(Array.from(before[last]!.weight));
  });

  it('starts fresh from the seed with random kernels but the page bias setting', () => {
    const a = freshNetwork(net, 3, convLayers);
    const b = freshNetwork(net, 3, convLayers);
    expect(allWeights(a)).toEqual(allWeights(b));
    const conv = weightsOf(a)[0]!;
    expect(Array.from(conv.bias)).toEqual([0, 0, 0]);
    expect(Array.from(conv.weight)).not.toEqual(Array.from(weightsOf(net)[0]!.weight));
    expect(conv.weight.every((w) => Math.abs(w) <= 1 / 3)).toBe(true);
  });

  it('stops at the first non-finite loss, keeping the weights of the last finite loss', () => {
    const start = freshNetwork(net, 1, convLayers);
    const diverging = { ...settings, optimizer: 'sgd', learningRate: 1e6, learns: 'all' } as const;
    const run = createRun(start, diverging, convLayers)!;
    const seen: number[] = [];
    for (let loss = run.step(); loss !== null; loss = run.step()) seen.push(loss);
    // 40 examples, batches of 16, SGD at 1e6: step 29 (from 0) is the first loss not finite.
    expect(run.problem).toEqual({ kind: 'loss', step: 29, loss: NaN });
    expect(seen).toHaveLength(29);
    expect(seen.every(Number.isFinite)).toBe(true);
    // The weights after 28 steps: those whose loss (step 28's) was the last finite one.
    expect(run.steps).toBe(28);
    const replay = createRun(start, diverging, convLayers)!;
    losses(replay, 28);
    expect(allWeights(run.network())).toEqual(allWeights(replay.network()));
    expect(run.step()).toBeNull();
  });

  it('measures accuracy over the whole sets: the seed network knows X from O', () => {
    const run = createRun(net, settings, convLayers)!;
    const { train, test } = run.evaluate();
    expect(train).toBe(accuracy(net, run.data.train));
    expect(test).toBe(accuracy(net, run.data.test));
    expect(test).toBeGreaterThanOrEqual(0.9);
  });

  it('learns kernels from random weights to at least 90 % on the test set', () => {
    const run = createRun(
      freshNetwork(net, 1, convLayers),
      { ...DEFAULT_TRAIN_SETTINGS, learns: 'all', learningRate: 0.02 },
      convLayers,
    )!;
    const before = run.evaluate().test;
    for (let s = 0; s < 300 && run.evaluate().test < 0.9; s++) losses(run, 5);
    expect(before).toBeLessThan(0.9);
    expect(run.evaluate().test).toBeGreaterThanOrEqual(0.9);
  });
});
