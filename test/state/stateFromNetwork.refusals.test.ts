import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkToJson, parseNetwork, type LayerJson, type NetworkJson } from '../../src/core';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { stateFromNetwork } from '../../src/state/stateFromNetwork';
import { randomNetworkCase } from '../core/networkArbitraries';
import { problemOf, seedFile, zeros } from './stateFromNetworkFiles';

describe('stateFromNetwork refuses a valid network the page cannot show, naming the layer and why', () => {
  const cases: [string, (j: NetworkJson) => void, string][] = [
    [
      'a block without its activation',
      (j) => j.layers.splice(1, 2),
      'layers[1] is a maxPool2d layer, where the page needs an activation (relu, leakyRelu, sigmoid or tanh) after the convolution.',
    ],
    [
      'an activation after the pooling',
      (j) => j.layers.splice(4, 0, { type: 'relu' }),
      'layers[4] is a relu layer, where the page needs a conv2d layer (each block starts with one).',
    ],
    [
      'a file that starts with flatten',
      (j) => {
        j.layers = [
          { type: 'flatten' },
          { type: 'linear', weight: [zeros(81), zeros(81)], bias: [0, 0] },
        ];
      },
      'layers[0] is a flatten layer, where the page needs a conv2d layer (each block starts with one).',
    ],
    [
      'a fourth block',
      (j) => {
        const block = (): LayerJson[] => [
          {
            type: 'conv2d',
            weight: [[[[1]]], [[[1]]], [[[1]]]].map((k) => [k[0]!, k[0]!, k[0]!]),
            bias: [0, 0, 0],
          },
          { type: 'relu' },
          { type: 'maxPool2d', size: 1 },
        ];
        j.layers.splice(4, 0, ...block(), ...block(), ...block());
      },
      'layers[10]: the page shows at most 3 blocks (conv, activation, pooling); this is block 4.',
    ],
    [
      'nine kernels',
      (j) => {
        const conv = j.layers[0] as Extract<LayerJson, { type: 'conv2d' }>;
        for (let k = 3; k < 9; k++) {
          conv.weight.push(conv.weight[0]!);
          conv.bias.push(0);
        }
        const linear = j.layers[5] as Extract<LayerJson, { type: 'linear' }>;
        linear.weight = [zeros(144), zeros(144)];
      },
      'layers[0].weight: the page shows 1 to 8 kernels a block, this layer has 9.',
    ],
    [
      '7x7 kernels',
      (j) => {
        j.input = [1, 13, 13];
        const seven = Array.from({ length: 7 }, () => zeros(7));
        j.layers[0] = { type: 'conv2d', weight: [[seven]], bias: [0], divisor: 1 };
        j.layers[5] = { type: 'linear', weight: [zeros(16), zeros(16)], bias: [0, 0] };
      },
      "layers[0].weight: the page's kernels are 1x1 to 5x5, these are 7x7.",
    ],
    [
      'a two-channel input',
      (j) => {
        j.input = [2, 9, 9];
        const conv = j.layers[0] as Extract<LayerJson, { type: 'conv2d' }>;
        conv.weight = conv.weight.map((k) => [k[0]!, k[0]!]);
      },
      "input: the page's picture has 1 channel (gray) or 3 (colour), the file's input has 2.",
    ],
    [
      'one class',
      (j) => {
        const linear = j.layers[5] as Extract<LayerJson, { type: 'linear' }>;
        linear.weight.pop();
        linear.bias.pop();
        j.classes = ['X'];
      },
      'layers[5].weight: the page decides between at least 2 classes, this layer has 1.',
    ],
    [
      'two activations',
      (j) => j.layers.splice(2, 0, { type: 'tanh' }),
      'layers[2] is a tanh layer, where the page needs maxPool2d or avgPool2d (a block ends with pooling).',
    ],
    [
      'biases that differ',
      (j) => ((j.layers[0] as { bias: number[] }).bias = [0, 0.5, 0]),
      'layers[0].bias: the page has one bias for all kernels of a block, these differ.',
    ],
    [
      'a divisor of 4',
      (j) => ((j.layers[0] as { divisor: number }).divisor = 4),
      "layers[0].divisor: the page divides by 1 or by the kernel's 9 cells, not by 4.",
    ],
    [
      'a pad of the top row',
      (j) => (j.layers[2] = { type: 'pad', top: 1, right: 0, bottom: 0, left: 0 }),
      "layers[2]: the page pads only with the zero rows at the bottom and columns at the right that pooling's edge needs.",
    ],
    [
      'pooling windows of 4x4',
      (j) => ((j.layers[3] as { size: number }).size = 4),
      'layers[3].size: the page offers 1 to 3, the file has 4.',
    ],
    [
      'a 2x2 picture',
      (j) => {
        j.input = [1, 2, 2];
        const one = [[[[1]]], [[[1]]], [[[1]]]];
        j.layers = [
          { type: 'conv2d', weight: one, bias: [0, 0, 0] },
          { type: 'relu' },
          { type: 'maxPool2d', size: 1 },
          { type: 'flatten' },
          { type: 'linear', weight: [zeros(12), zeros(12)], bias: [0, 0] },
        ];
      },
      "input: the page's picture is 3x3 to 64x64, the file's input is 2x2.",
    ],
    [
      'a stride of 4',
      (j) => ((j.layers[0] as { stride: number }).stride = 4),
      'layers[0].stride: the page offers 1 to 3, the file has 4.',
    ],
    [
      'a leaky ReLU of slope 0.2',
      (j) => (j.layers[1] = { type: 'leakyRelu', slope: 0.2 }),
      "layers[1].slope: the page's leaky ReLU has slope 0.01, the file's 0.2.",
    ],
  ];
  for (const [name, edit, message] of cases) {
    it(`refuses ${name}`, () => expect(problemOf(seedFile(edit))).toBe(message));
  }
});

describe('stateFromNetwork on any valid network', () => {
  it("shows it as the page's own network, or refuses naming the input or a layer", () => {
    fc.assert(
      fc.property(randomNetworkCase(), ({ json }) => {
        const net = parseNetwork(json);
        const result = stateFromNetwork(net, seedState());
        if ('problem' in result) {
          expect(result.problem).toMatch(/^(input|layers\[\d+\])[ .:]/);
          expect(result.refusal.kind).not.toBe('mismatch');
          return;
        }
        const made = decisionNetwork(result);
        if ('problem' in made) throw new Error('the state makes no network');
        expect(networkToJson(made.network).layers).toEqual(networkToJson(net).layers);
      }),
      { numRuns: 200 },
    );
  });
});
