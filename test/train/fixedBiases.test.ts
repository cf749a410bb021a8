import { describe, expect, it } from 'vitest';
import { createTrainer, initializeNetwork, xoExamples, type Network } from '../../src/core';
import { pageNetwork } from './helpers';

const { net: seedNet } = pageNetwork();
const examples = xoExamples({ height: 9, width: 9, count: 8, seed: 3 });

function conv(net: Network) {
  const layer = net.layers[0]!;
  if (layer.type !== 'conv2d') throw new Error('conv2d expected');
  return layer;
}

describe('the trainer option fixedBiases', () => {
  it('keeps a conv bias exactly while its weights and the other layers learn', () => {
    const start = initializeNetwork(seedNet, 5);
    const trainer = createTrainer(start, {
      optimizer: 'adam',
      learningRate: 0.05,
      weightDecay: 0.01,
      fixedBiases: [0],
    });
    for (let s = 0; s < 3; s++) expect(trainer.step(examples).applied).toBe(true);
    const after = trainer.network();
    expect(Array.from(conv(after).bias)).toEqual(Array.from(conv(start).bias));
    expect(conv(after).weight.some((w, i) => w !== conv(start).weight[i])).toBe(true);
    const last = after.layers.length - 1;
    const linear = after.layers[last]!;
    const before = start.layers[last]!;
    if (linear.type !== 'linear' || before.type !== 'linear') throw new Error('linear expected');
    expect(linear.bias.some((b, i) => b !== before.bias[i])).toBe(true);
  });

  it('refuses an index that is not a conv2d or linear layer, naming it', () => {
    expect(() =>
      createTrainer(seedNet, { optimizer: 'sgd', learningRate: 0.1, fixedBiases: [1] }),
    ).toThrow(
      'createTrainer: fixedBiases must be a list of indices of conv2d or linear layers, got 1',
    );
    expect(() =>
      createTrainer(seedNet, { optimizer: 'sgd', learningRate: 0.1, fixedBiases: [99] }),
    ).toThrow('got 99');
  });
});
