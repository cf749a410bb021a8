import { describe, expect, it } from 'vitest';
import { forward, lossAndGradients, tensorFromArrays, tensorToArrays } from '../../src/core';
import { net, picture } from './networkFixtures';

// Hand-computed forward and backward of each layer. The gradients follow from a linear
// layer summing the flattened output with weight 1 into class 0 of two, so that
// d loss / d output = (p0 - 1) times the weight; the tests pick the loss so the numbers stay
// simple by reading the layer's own gradient from the next layer's input gradient.

/** The output of the first layer. */
function first(...args: Parameters<typeof forward>): number[][][] {
  return tensorToArrays(forward(...args)[0]!);
}

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

describe('pad, pooling and activations', () => {
  it('pad writes the constant around the picture; its backward drops the padded cells', () => {
    const n = net(
      [1, 1, 2],
      [
        { type: 'pad', top: 1, right: 0, bottom: 0, left: 1, value: 7 },
        { type: 'flatten' },
        {
          type: 'linear',
          weight: [
            [1, 2, 3, 4, 5, 6],
            [0, 0, 0, 0, 0, 0],
          ],
          bias: [0, 0],
        },
      ],
    );
    const x = picture([[0, 0]]);
    expect(first(n, x)).toEqual([
      [
        [7, 7, 7],
        [7, 0, 0],
      ],
    ]);
    const { inputGradient, probabilities } = lossAndGradients(n, x, 1);
    // d loss / d logit0 = p0; the input cells are the 5th and 6th padded cells.
    expect(Array.from(inputGradient.data)).toEqual([5 * probabilities[0]!, 6 * probabilities[0]!]);
  });

  it('maxPool2d sends the gradient to the first maximum of its window', () => {
    const n = net(
      [1, 2, 4],
      [
        { type: 'maxPool2d', size: 2 },
        { type: 'flatten' },
        {
          type: 'linear',
          weight: [
            [1, 1],
            [0, 0],
          ],
          bias: [0, 0],
        },
      ],
    );
    const x = picture([
      [1, -1, 0, 3],
      [1, 1, 3, 2],
    ]);
    expect(first(n, x)).toEqual([[[1, 3]]]);
    const { inputGradient, probabilities } = lossAndGradients(n, x, 1);
    const g = probabilities[0]!;
    expect(tensorToArrays(inputGradient)).toEqual([
      [
        [g, 0, 0, g],
        [0, 0, 0, 0],
      ],
    ]);
  });

  it('maxPool2d with stride 1 adds the gradients of overlapping windows', () => {
    const n = net(
      [1, 1, 3],
      [
        { type: 'maxPool2d', size: 1, stride: 1 },
        { type: 'flatten' },
        {
          type: 'linear',
          weight: [
            [1, 2, 3],
            [0, 0, 0],
          ],
          bias: [0, 0],
        },
      ],
    );
    const { inputGradient, probabilities } = lossAndGradients(n, picture([[0, 0, 0]]), 1);
    const g = probabilities[0]!;
    expect(Array.from(inputGradient.data)).toEqual([g, 2 * g, 3 * g]);
  });

  it('avgPool2d averages and spreads the gradient evenly; windows that do not fit are dropped', () => {
    const n = net(
      [1, 3, 3],
      [
        { type: 'avgPool2d', size: 2 },
        { type: 'flatten' },
        { type: 'linear', weight: [[4], [0]], bias: [0, 0] },
      ],
    );
    const x = picture([
      [1, 2, 9],
      [3, 4, 9],
      [9, 9, 9],
    ]);
    expect(first(n, x)).toEqual([[[2.5]]]);
    const { inputGradient, probabilities } = lossAndGradients(n, x, 1);
    const g = probabilities[0]!; // 4 * p0 / 4 cells
    expect(tensorToArrays(inputGradient)).toEqual([
      [
        [g, g, 0],
        [g, g, 0],
        [0, 0, 0],
      ],
    ]);
  });

  it("relu's derivative at exactly 0 is 0; leaky relu's is its slope", () => {
    const layers = (type: 'relu' | 'leakyRelu') => [
      type === 'relu' ? { type } : { type, slope: 0.25 },
      { type: 'flatten' as const },
      {
        type: 'linear' as const,
        weight: [
          [1, 1, 1],
          [0, 0, 0],
        ],
        bias: [0, 0],
      },
    ];
    const x = picture([[-2, 0, 3]]);
    const relu = net([1, 1, 3], layers('relu'));
    expect(first(relu, x)).toEqual([[[0, 0, 3]]]);
    const r = lossAndGradients(relu, x, 1);
    expect(Array.from(r.inputGradient.data)).toEqual([0, 0, r.probabilities[0]!]);
    const leaky = net([1, 1, 3], layers('leakyRelu'));
    expect(first(leaky, x)).toEqual([[[-0.5, 0, 3]]]);
    const l = lossAndGradients(leaky, x, 1);
    const g = l.probabilities[0]!;
    expect(Array.from(l.inputGradient.data)).toEqual([0.25 * g, 0.25 * g, g]);
  });

  it('sigmoid and tanh, with y(1 - y) and 1 - y²', () => {
    const x = picture([[0, Math.log(3)]]);
    const sig = net(
      [1, 1, 2],
      [
        { type: 'sigmoid' },
        { type: 'flatten' },
        {
          type: 'linear',
          weight: [
            [1, 1],
            [0, 0],
          ],
          bias: [0, 0],
        },
      ],
    );
    expect(first(sig, x)[0]![0]![0]).toBe(0.5);
    expect(first(sig, x)[0]![0]![1]).toBeCloseTo(0.75, 15);
    const s = lossAndGradients(sig, x, 1);
    expect(s.inputGradient.data[0]).toBeCloseTo(s.probabilities[0]! * 0.25, 15);
    expect(s.inputGradient.data[1]).toBeCloseTo(s.probabilities[0]! * 0.1875, 15);
    const th = net(
      [1, 1, 2],
      [
        { type: 'tanh' },
        { type: 'flatten' },
        {
          type: 'linear',
          weight: [
            [1, 1],
            [0, 0],
          ],
          bias: [0, 0],
        },
      ],
    );
    const t = lossAndGradients(th, picture([[0, 1]]), 1);
    expect(t.inputGradient.data[0]).toBe(t.probabilities[0]!);
    expect(t.inputGradient.data[1]).toBeCloseTo(t.probabilities[0]! * (1 - Math.tanh(1) ** 2), 15);
  });

  it('flatten is channel-major then row-major; linear is weight · x + bias', () => {
    const n = net(
      [2, 1, 2],
      [{ type: 'flatten' }, { type: 'linear', weight: [[1, 10, 100, 1000]], bias: [0.5] }],
    );
    const out = forward(n, tensorFromArrays([[[1, 2]], [[3, 4]]]));
    expect(tensorToArrays(out[0]!)).toEqual([[[1]], [[2]], [[3]], [[4]]]);
    expect(Array.from(out[1]!.data)).toEqual([4321.5]);
  });
});

describe('the loss', () => {
  it('is cross-entropy computed stably: logits of ±1000 give a finite loss', () => {
    const n = net(
      [1, 1, 2],
      [
        { type: 'flatten' },
        {
          type: 'linear',
          weight: [
            [1000, 0],
            [0, -1000],
          ],
          bias: [0, 0],
        },
      ],
    );
    const g = lossAndGradients(n, picture([[1, 1]]), 1);
    expect(Array.from(g.logits)).toEqual([1000, -1000]);
    expect(g.loss).toBe(2000);
    expect(Array.from(g.probabilities)).toEqual([1, 0]);
    const right = lossAndGradients(n, picture([[1, 1]]), 0);
    expect(right.loss).toBe(0);
  });
});
