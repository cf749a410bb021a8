import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lossAndGradients,
  parseNetwork,
  tensorFromArrays,
  type LayerJson,
  type Network,
  type Tensor,
} from '../../src/core';
import { randomNetworkCase } from './networkArbitraries';

// Central differences of the loss against lossAndGradients, for every weight, bias and input
// value of random small networks. Max pooling ties and ReLU kinks make the loss
// non-differentiable at some points; the inputs are drawn so that values sit away from them
// (ties are covered by the hand-computed and PyTorch tests).

const h = 1e-6;

function lossOf(net: Network, input: Tensor, label: number): number {
  return lossAndGradients(net, input, label).loss;
}

function nudged(
  json: { input: [number, number, number]; layers: LayerJson[]; classes?: string[] },
  layer: number,
  field: 'weight' | 'bias',
  flat: number,
  by: number,
): Network {
  const copy = structuredClone(json);
  const target = copy.layers[layer] as { weight: unknown; bias: number[] };
  const arr = field === 'bias' ? target.bias : (target.weight as unknown[]);
  const leaves: { holder: number[]; index: number }[] = [];
  const walk = (a: unknown): void => {
    if (Array.isArray(a) && typeof a[0] === 'number')
      a.forEach((_, i) => leaves.push({ holder: a as number[], index: i }));
    else if (Array.isArray(a)) a.forEach(walk);
  };
  walk(arr);
  const leaf = leaves[flat]!;
  leaf.holder[leaf.index]! += by;
  return parseNetwork(copy);
}

describe('gradients equal finite differences', () => {
  it('for every weight, bias and input of random small networks', () => {
    fc.assert(
      fc.property(randomNetworkCase(), ({ json, input, label }) => {
        const net = parseNetwork(json);
        const x = tensorFromArrays(input);
        const { gradients, inputGradient } = lossAndGradients(net, x, label);
        gradients.layers.forEach((layer, i) => {
          if (layer.type !== 'conv2d' && layer.type !== 'linear') return;
          for (const field of ['weight', 'bias'] as const) {
            layer[field].forEach((g, k) => {
              const up = lossOf(nudged(json, i, field, k, h), x, label);
              const down = lossOf(nudged(json, i, field, k, -h), x, label);
              const numeric = (up - down) / (2 * h);
              expect(Math.abs(numeric - g)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(g)));
            });
          }
        });
        inputGradient.data.forEach((g, k) => {
          const shifted = (by: number): Tensor => {
            const data = x.data.slice();
            data[k]! += by;
            return { ...x, data };
          };
          const numeric =
            (lossOf(net, shifted(h), label) - lossOf(net, shifted(-h), label)) / (2 * h);
          expect(Math.abs(numeric - g)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(g)));
        });
      }),
      { numRuns: 60 },
    );
  });
});
