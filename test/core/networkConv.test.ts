import { describe, expect, it } from 'vitest';
import { lossAndGradients, tensorFromArrays, tensorToArrays } from '../../src/core';
import { first, net, picture } from './networkFixtures';

// Hand-computed forward and backward of each layer. The gradients follow from a linear
// layer after the layer under test, so that d loss / d output is known from the
// probabilities; each test reads the layer's own gradient from the next layer's input gradient.

describe('conv2d', () => {
  it('sums over every input channel, divides, then adds the bias', () => {
    const n = net(
      [2, 2, 2],
      [
        {
          type: 'conv2d',
          weight: [
            [
              [
                [1, 0],
                [0, 1],
              ],
              [
                [0, 2],
                [0, 0],
              ],
            ],
          ],
          bias: [0.5],
          divisor: 2,
        },
      ],
    );
    const x = tensorFromArrays([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ]);
    // (1*1 + 4*1 + 6*2) / 2 + 0.5 = 9
    expect(first(n, x)).toEqual([[[9]]]);
  });

  it('pads with zeros on all four sides, strides and dilates', () => {
    const n = net(
      [1, 3, 3],
      [
        {
          type: 'conv2d',
          weight: [
            [
              [
                [1, 1],
                [1, 1],
              ],
            ],
          ],
          bias: [0],
          padding: 1,
          stride: 2,
        },
      ],
    );
    const x = picture([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    // windows at padded (0,0), (0,2), (2,0), (2,2)
    expect(first(n, x)).toEqual([
      [
        [1, 5],
        [11, 28],
      ],
    ]);
    const dilated = net(
      [1, 3, 3],
      [
        {
          type: 'conv2d',
          weight: [
            [
              [
                [1, 1],
                [1, 1],
              ],
            ],
          ],
          bias: [0],
          dilation: 2,
        },
      ],
    );
    expect(first(dilated, x)).toEqual([[[1 + 3 + 7 + 9]]]);
  });

  it('backward: d weight correlates the input with dy / divisor, d bias sums dy, dx spreads dy x weight', () => {
    // One 2x2 kernel on a 2x3 input gives a 1x2 map; a linear layer weighs its two cells by
    // 1 and 2 into class 0 and by 0 into class 1; logits equal, so p0 = 1/2 and
    // d loss / d map = (p0 - 1) * [1, 2] = [-0.5, -1] for label 0.
    const n = net(
      [1, 2, 3],
      [
        {
          type: 'conv2d',
          weight: [
            [
              [
                [1, 2],
                [3, 4],
              ],
            ],
          ],
          bias: [0],
          divisor: 2,
        },
        { type: 'flatten' },
        {
          type: 'linear',
          weight: [
            [1, 2],
            [0, 0],
          ],
          bias: [0, 0],
        },
      ],
    );
    const zero = picture([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    const x = picture([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    // With x the logits are not equal; use the zero picture for p0 = 1/2 and a second run on
    // x checks dW against the hand formula with its own p0.
    const g0 = lossAndGradients(n, zero, 0);
    expect(g0.loss).toBe(Math.log(2));
    const conv0 = g0.gradients.layers[0]!;
    if (conv0.type !== 'conv2d') throw new Error('conv expected');
    expect(Array.from(conv0.bias)).toEqual([-1.5]);
    expect(Array.from(conv0.weight)).toEqual([0, 0, 0, 0]);
    // dx: each map cell's gradient / 2 times the kernel, overlapped.
    expect(tensorToArrays(g0.inputGradient)).toEqual([
      [
        [-0.25, -0.5 - 0.5, -1],
        [-0.75, -1 - 1.5, -2],
      ],
    ]);
    const g = lossAndGradients(n, x, 0);
    const map = [(1 + 4 + 12 + 20) / 2, (2 + 6 + 15 + 24) / 2];
    const p0 = 1 / (1 + Math.exp(-(map[0]! + 2 * map[1]!)));
    const dy = [(p0 - 1) / 2, (2 * (p0 - 1)) / 2];
    const conv = g.gradients.layers[0]!;
    if (conv.type !== 'conv2d') throw new Error('conv expected');
    const expected = [
      1 * dy[0]! + 2 * dy[1]!,
      2 * dy[0]! + 3 * dy[1]!,
      4 * dy[0]! + 5 * dy[1]!,
      5 * dy[0]! + 6 * dy[1]!,
    ];
    Array.from(conv.weight).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 15));
  });
});
