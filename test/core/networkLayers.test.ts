import { describe, expect, it } from 'vitest';
import { forward, lossAndGradients, tensorFromArrays, tensorToArrays } from '../../src/core';
import { first, net, picture } from './networkFixtures';

// Hand-computed forward and backward of each layer. The gradients follow from a linear
// layer after the layer under test, so that d loss / d output is known from the
// probabilities; each test reads the layer's own gradient from the next layer's input gradient.

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
