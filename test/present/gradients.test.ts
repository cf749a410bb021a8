import { describe, expect, it } from 'vitest';
import {
  classify,
  lossAndGradients,
  networkToJson,
  parseNetwork,
  SEED_O,
  SEED_X,
  tensorFromMatrix,
} from '../../src/core';
import {
  adamFirstChange,
  flattened,
  kernelWeightGradient,
  laterKernelGradients,
  pageGradients,
  weightGradient,
  sgdChange,
} from '../../src/present/gradients';
import { reducer, seedState } from '../../src/state';
import { pictureTensor } from '../../src/state/colorChannels';
import { defaultBlock } from '../../src/state/block';
import { decisionNetwork } from '../../src/state/decisionNetwork';

const made = decisionNetwork(seedState());
if ('problem' in made) throw new Error('a network expected');
const { network } = made;
const first = made.blocks[0]!;

// A picture without ties in the pooling windows, so the loss is smooth where it is probed
// (the seed's pictures tie often, and max pooling's gradient picks the first maximum).
const SMOOTH = {
  height: 9,
  width: 9,
  data: Float64Array.from({ length: 81 }, (_, i) => Math.sin(1.7 * i + 0.3) * 0.9),
};

/** The loss with weight `index` of kernel k moved by h. */
function lossWith(k: number, index: number, h: number, label: number) {
  const json = networkToJson(network);
  const conv = json.layers[0]!;
  if (conv.type !== 'conv2d') throw new Error('conv2d expected');
  const row = Math.floor(index / 3);
  conv.weight[k]![0]![row]![index % 3]! += h;
  const p = classify(parseNetwork(json), tensorFromMatrix(SMOOTH)).probabilities[label]!;
  return -Math.log(p);
}

describe('pageGradients', () => {
  it("labelled O, the seed's O has the loss -log p(O) and d loss / d score = p - y", () => {
    const g = pageGradients(network, first, SEED_O, 1);
    const p = classify(network, tensorFromMatrix(SEED_O)).probabilities;
    expect(g.loss).toBeCloseTo(-Math.log(p[1]!), 12);
    expect(Array.from(g.dScores)).toEqual([p[0]!, p[1]! - 1]);
  });

  it('builds a kernel weight gradient as the sum over windows of d loss / d cell × pixel ÷ 9', () => {
    const g = pageGradients(network, first, SMOOTH, 0);
    for (const [k, index] of [
      [0, 0],
      [1, 4],
      [2, 8],
    ] as const) {
      const explained = kernelWeightGradient(g, k, index)!;
      expect(explained.divisor).toBe(9);
      expect(explained.gradient).toBeCloseTo(g.kernels[k]!.data[index]!, 14);
      const sum = explained.terms.reduce((s, t) => s + t.product, 0) / 9;
      expect(sum).toBeCloseTo(explained.gradient, 14);
      // Largest contributions first.
      const sizes = explained.terms.map((t) => Math.abs(t.product));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      // And it is the slope of the loss (central finite difference).
      const h = 1e-5;
      const slope = (lossWith(k, index, h, 0) - lossWith(k, index, -h, 0)) / (2 * h);
      expect(explained.gradient).toBeCloseTo(slope, 7);
    }
  });

  it("a vote's gradient is (p - y) × its feature, the chain rule from the loss to the score to the vote", () => {
    const g = pageGradients(network, first, SEED_X, 0);
    const features = flattened(network, SEED_X);
    const votes = lossAndGradients(network, tensorFromMatrix(SEED_X), 0).gradients.layers.at(-1)!;
    if (votes.type !== 'linear') throw new Error('linear expected');
    for (const [c, i] of [
      [0, 0],
      [1, 17],
      [0, 47],
    ] as const) {
      expect(votes.weight[c * 48 + i]).toBeCloseTo(g.dScores[c]! * features[i]!, 15);
    }
  });

  it('the input gradient has the shape of the picture', () => {
    const g = pageGradients(network, first, SEED_X, 1);
    expect([g.input.height, g.input.width]).toEqual([9, 9]);
    expect(g.input.data.some((v) => v !== 0)).toBe(true);
  });

  it('plain SGD changes a weight by -learning rate × (gradient + decay × weight)', () => {
    expect(sgdChange(0.5, 0.1)).toBe(-0.05);
    expect(sgdChange(0.5, 0.1, 2, 0.25)).toBeCloseTo(-0.1, 15);
  });
});

describe('adamFirstChange', () => {
  it("moves a weight by about the learning rate against the gradient on Adam's first step", () => {
    expect(adamFirstChange(0.5, 0.1)).toBeCloseTo(-0.1, 7);
    expect(adamFirstChange(-2e-3, 0.01)).toBeCloseTo(0.01, 6);
    expect(adamFirstChange(0, 0.1)).toBe(0);
  });
});

describe('pageGradients on a colour picture', () => {
  it("sums a pixel's three channel gradients and gives the red slices' kernel gradients", () => {
    const seed = seedState();
    const green = { ...seed.input, data: seed.input.data.map((v) => -v) };
    const s = reducer(seed, { type: 'setColorInput', channels: [seed.input, green, seed.input] });
    const made = decisionNetwork(s);
    if (!('network' in made)) throw new Error('no network');
    const picture = pictureTensor(s);
    const g = pageGradients(made.network, made.blocks[0]!, picture, 0);
    const core = lossAndGradients(made.network, picture, 0);
    const d = core.inputGradient.data;
    expect(Array.from(g.input.data)).toEqual(
      Array.from({ length: 81 }, (_, i) => d[i]! + d[81 + i]! + d[162 + i]!),
    );
    const conv = core.gradients.layers[0]!;
    if (conv.type !== 'conv2d') throw new Error('conv2d expected');
    expect(Array.from(g.kernels[1]!.data)).toEqual(Array.from(conv.weight.subarray(27, 36)));
    expect(g.picture.data).toEqual(s.input.data);
  });
});

describe('laterKernelGradients', () => {
  it("are the core's gradients of a later block's kernels, each weight's chain rule summing to it", () => {
    const s = { ...seedState(), blocks: [defaultBlock(3)] };
    const made = decisionNetwork(s);
    if (!('network' in made)) throw new Error('no network');
    const g = pageGradients(made.network, made.blocks[0]!, s.input, 1);
    const convAt = made.blocks[1]!.conv;
    const later = laterKernelGradients(g, convAt)!;
    const core = lossAndGradients(made.network, tensorFromMatrix(s.input), 1);
    const grads = core.gradients.layers[convAt]!;
    if (grads.type !== 'conv2d') throw new Error('conv2d expected');
    expect(later.slices).toHaveLength(3);
    expect(later.slices[2]).toHaveLength(3);
    // Kernel 3, slice 2 (c = 1), weight 4: at [k][c][4] in the layer's weight.
    expect(later.slices[2]![1]!.data[4]).toBe(grads.weight[(2 * 3 + 1) * 9 + 4]);
    for (const [k, c, index] of [
      [0, 0, 4],
      [1, 2, 0],
      [2, 1, 8],
    ] as const) {
      const chain = weightGradient(later.conv, later.sources[c]!, later.features[k]!, index);
      expect(chain.gradient).toBeCloseTo(later.slices[k]![c]!.data[index]!, 14);
      expect(chain.divisor).toBe(27);
    }
    expect(laterKernelGradients(g, 0)).toBeNull();
  });
});
