import { describe, expect, it } from 'vitest';
import { networkToJson, parseNetwork, SEED_NETWORK, type NetworkJson } from '../../src/core';

const conv = (out: number, inC: number, k: number) => ({
  type: 'conv2d' as const,
  weight: Array.from({ length: out }, () =>
    Array.from({ length: inC }, () =>
      Array.from({ length: k }, () => Array(k).fill(1) as number[]),
    ),
  ),
  bias: Array(out).fill(0) as number[],
});
const linear = (out: number, n: number) => ({
  type: 'linear' as const,
  weight: Array.from({ length: out }, () => Array(n).fill(0) as number[]),
  bias: Array(out).fill(0) as number[],
});

function refuses(json: unknown, message: string): void {
  expect(() => parseNetwork(json)).toThrow(new RangeError(message));
}

describe('parseNetwork', () => {
  it('round-trips: parseNetwork(networkToJson(n)) equals n', () => {
    expect(parseNetwork(networkToJson(SEED_NETWORK))).toEqual(SEED_NETWORK);
    const json = networkToJson(SEED_NETWORK);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.layers[0]).toMatchObject({ stride: 1, padding: 0, dilation: 1, divisor: 9 });
  });

  it('fills in the defaults', () => {
    const net = parseNetwork({
      input: [1, 4, 4],
      layers: [
        conv(1, 1, 2),
        { type: 'maxPool2d', size: 2 },
        { type: 'leakyRelu' },
        { type: 'pad', top: 1, right: 0, bottom: 0, left: 0 },
      ],
    });
    expect(net.layers[0]).toMatchObject({ stride: 1, padding: 0, dilation: 1, divisor: 1 });
    expect(net.layers[1]).toEqual({ type: 'maxPool2d', size: 2, stride: 2 });
    expect(net.layers[2]).toEqual({ type: 'leakyRelu', slope: 0.01 });
    expect(net.layers[3]).toEqual({ type: 'pad', top: 1, right: 0, bottom: 0, left: 0, value: 0 });
    expect(net.shapes).toEqual([
      [1, 3, 3],
      [1, 1, 1],
      [1, 1, 1],
      [1, 2, 1],
    ]);
  });

  it('refuses what is not a network', () => {
    refuses(null, 'parseNetwork: the network must be an object (got null)');
    refuses([], 'parseNetwork: the network must be an object (got [])');
    refuses(
      { input: [1, 9], layers: [] },
      'parseNetwork: input must be [channels, height, width] (got [1,9])',
    );
    refuses({ input: [1, 9, 9], layers: {} }, 'parseNetwork: layers must be a list (got {})');
    refuses(
      { input: [0, 9, 9], layers: [] },
      'parseNetwork: input[0] (channels) must be a positive integer (got 0)',
    );
    refuses(
      { input: [1, 65, 9], layers: [] },
      'parseNetwork: input[1] (height) may be at most 64 (got 65)',
    );
    refuses(
      { input: [1, 9, 9], layers: [{ type: 'dropout' }] },
      'parseNetwork: layers[0].type is not a known layer type (got "dropout")',
    );
    refuses(
      { input: [1, 9, 9], layers: [7] },
      'parseNetwork: layers[0] must be an object with a type (got 7)',
    );
  });

  it('refuses shapes that do not chain', () => {
    refuses(
      { input: [1, 9, 9], layers: [conv(2, 1, 3), conv(1, 3, 3)] },
      'parseNetwork: layers[1].weight has 3 input channels per kernel but 2 channels arrive (got 3)',
    );
    refuses(
      { input: [1, 4, 4], layers: [{ type: 'flatten' }, linear(2, 15)] },
      'parseNetwork: layers[1].weight has 15 inputs per row but the flattened size is 16 (got 15)',
    );
    refuses(
      { input: [1, 4, 4], layers: [linear(2, 16)] },
      'parseNetwork: layers[0].type linear needs a flatten before it (got "linear")',
    );
    refuses(
      { input: [1, 4, 4], layers: [{ type: 'flatten' }, conv(1, 16, 1)] },
      'parseNetwork: layers[1].type conv2d cannot come after flatten (got "conv2d")',
    );
    refuses(
      { input: [1, 4, 4], layers: [conv(1, 1, 5)] },
      'parseNetwork: layers[0].weight a 5x5 kernel (after dilation) is larger than its 4x4 input (after padding) (got "5x5")',
    );
    refuses(
      { input: [1, 4, 4], layers: [{ ...conv(1, 1, 3), dilation: 2 }] },
      'parseNetwork: layers[0].weight a 5x5 kernel (after dilation) is larger than its 4x4 input (after padding) (got "3x3")',
    );
    refuses(
      { input: [1, 4, 4], layers: [{ type: 'maxPool2d', size: 5 }] },
      'parseNetwork: layers[0].size a 5x5 window is larger than its 4x4 input (got 5)',
    );
    refuses(
      { input: [1, 4, 4], layers: [{ ...conv(2, 1, 3), bias: [0] }] },
      'parseNetwork: layers[0].bias must hold one number per kernel (2), got 1 (got 1)',
    );
    refuses(
      { input: [1, 4, 4], classes: ['X', 'O'], layers: [{ type: 'flatten' }, linear(3, 16)] },
      "parseNetwork: classes must name each of the last layer's 3 outputs, got 2 names (got 2)",
    );
    refuses(
      { input: [1, 4, 4], classes: ['X', 'X'], layers: [{ type: 'flatten' }, linear(2, 16)] },
      'parseNetwork: classes[1] repeats a name (got "X")',
    );
  });

  it('refuses bad integers, divisors and numbers, naming the layer and the field', () => {
    const base = (extra: object): NetworkJson =>
      ({ input: [1, 9, 9], layers: [{ ...conv(1, 1, 3), ...extra }] }) as NetworkJson;
    refuses(
      base({ stride: 0 }),
      'parseNetwork: layers[0].stride must be a positive integer (got 0)',
    );
    refuses(
      base({ stride: 1.5 }),
      'parseNetwork: layers[0].stride must be a positive integer (got 1.5)',
    );
    refuses(
      base({ dilation: -1 }),
      'parseNetwork: layers[0].dilation must be a positive integer (got -1)',
    );
    refuses(
      base({ padding: -1 }),
      'parseNetwork: layers[0].padding must be a non-negative integer (got -1)',
    );
    refuses(
      base({ padding: 0.5 }),
      'parseNetwork: layers[0].padding must be a non-negative integer (got 0.5)',
    );
    refuses(base({ divisor: 0 }), 'parseNetwork: layers[0].divisor must not be 0 (got 0)');
    refuses(
      base({ divisor: 'nine' }),
      'parseNetwork: layers[0].divisor must be a finite number (got "nine")',
    );
    refuses(
      base({
        weight: [
          [
            [
              [1, 1, 1],
              [1, 1],
              [1, 1, 1],
            ],
          ],
        ],
      }),
      'parseNetwork: layers[0].weight[0][0][1] is ragged: expected 3 entries like the first (got 2)',
    );
    refuses(
      base({
        weight: [
          [
            [
              [1, 1, 1],
              [1, null, 1],
              [1, 1, 1],
            ],
          ],
        ],
      }),
      'parseNetwork: layers[0].weight[0][0][1][1] must be a finite number (got null)',
    );
    refuses(
      base({ bias: [Infinity] }),
      'parseNetwork: layers[0].bias[0] must be a finite number (got Infinity)',
    );
    refuses(
      { input: [1, 9, 9], layers: [{ type: 'maxPool2d', size: 2, stride: 0 }] },
      'parseNetwork: layers[1 - 1].stride must be a positive integer (got 0)'.replace('1 - 1', '0'),
    );
    refuses(
      { input: [1, 9, 9], layers: [{ type: 'pad', top: 1, right: 1, bottom: 1 }] },
      'parseNetwork: layers[0].left must be a non-negative integer (got nothing)',
    );
  });

  it('caps sizes so that no file can make the core hang or allocate without bound', () => {
    refuses(
      { input: [1, 9, 9], layers: Array.from({ length: 33 }, () => ({ type: 'relu' })) },
      'parseNetwork: layers may hold at most 32 layers (got 33)',
    );
    refuses(
      { input: [1, 9, 9], layers: [conv(17, 1, 1)] },
      'parseNetwork: layers[0].weight may have at most 16 entries at depth 1 (got 17)',
    );
    refuses(
      { input: [1, 9, 9], layers: [{ type: 'pad', top: 9, right: 0, bottom: 0, left: 0 }] },
      'parseNetwork: layers[0].top may be at most 8 (got 9)',
    );
    refuses(
      {
        input: [16, 64, 64],
        layers: [
          { ...conv(16, 16, 9), padding: 4 },
          { ...conv(16, 16, 9), padding: 4 },
        ],
      },
      'parseNetwork: layers need 169869312 multiply-adds a picture; at most 20000000 are allowed (got 169869312)',
    );
  });
});
