import type { NetworkJson } from './networkTypes';
import { toRows } from './matrix';
import { SEED_KERNELS } from './presets';
import { XO_CLASSES } from './xoExamples';

/** The seed's pooled maps: 3 kernels of 4x4 after the zero row and column and 2x2 pooling. */
export const SEED_FEATURES = 48;

/**
 * The seed's pipeline as a network file, with the given votes (the linear layer, 2 x 48):
 * its three kernels (÷ 9, no bias) -> ReLU -> the zero row and column -> 2x2 max pooling
 * -> flatten -> votes for "X" and "O". ReLU before pooling: for max pooling the order does
 * not change a number, so the seed's pooled maps after ReLU are exactly these.
 */
export function seedNetworkJson(votes: { weight: number[][]; bias: number[] }): NetworkJson {
  return {
    input: [1, 9, 9],
    classes: [...XO_CLASSES],
    layers: [
      {
        type: 'conv2d',
        weight: SEED_KERNELS.map((k) => [toRows(k)]),
        bias: SEED_KERNELS.map(() => 0),
        divisor: 9,
      },
      { type: 'relu' },
      { type: 'pad', top: 0, right: 1, bottom: 1, left: 0 },
      { type: 'maxPool2d', size: 2 },
      { type: 'flatten' },
      { type: 'linear', weight: votes.weight, bias: votes.bias },
    ],
  };
}
