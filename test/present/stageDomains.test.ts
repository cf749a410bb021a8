import { describe, expect, it } from 'vitest';
import { fromRows, SEED_CONFIG, SEED_KERNELS } from '../../src/core';
import { stageDomains } from '../../src/present/stageDomains';
import { withConfig } from '../helpers/withConfig';

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

describe('stageDomains', () => {
  it('the seed kernels and config: input, kernels, feature and pooled [-1, 1], activated [0, 1]', () => {
    expect(stageDomains(SEED_KERNELS, SEED_CONFIG)).toEqual({
      input: [-1, 1],
      kernels: [-1, 1],
      feature: [-1, 1],
      pooled: [-1, 1],
      activated: [0, 1],
    });
  });

  it('a bias shifts the feature domain by the bias', () => {
    const d = stageDomains(SEED_KERNELS, withConfig({ conv: { bias: 0.5 } }));
    expect(d.feature).toEqual([-0.5, 1.5]);
    expect(d.activated).toEqual([0, 1.5]);
    expect(d.pooled).toEqual([-0.5, 1.5]);
    expect(d.input).toEqual([-1, 1]);
    expect(d.kernels).toEqual([-1, 1]);
  });

  it('a negative bias shifts it down, and the activated range starts at 0', () => {
    const d = stageDomains(SEED_KERNELS, withConfig({ conv: { bias: -2 } }));
    expect(d.feature).toEqual([-3, -1]);
    expect(d.activated).toEqual([0, 0]);
    // Branch order pools the feature map; the zero padding can win a window.
    expect(d.pooled).toEqual([-3, 0]);
  });

  it('without normalizing, nine products of +-1 reach [-9, 9]', () => {
    const d = stageDomains(SEED_KERNELS, withConfig({ conv: { normalize: false } }));
    expect(d.feature).toEqual([-9, 9]);
    expect(d.pooled).toEqual([-9, 9]);
    expect(d.activated).toEqual([0, 9]);
  });

  it('tanh activation gives [tanh(-1), tanh(1)]', () => {
    const d = stageDomains(SEED_KERNELS, withConfig({ activation: 'tanh' }));
    expect(d.activated).toEqual([Math.tanh(-1), Math.tanh(1)]);
    expect(d.activated[1]).toBeCloseTo(0.7615941559557649, 15);
    expect(d.feature).toEqual([-1, 1]);
    expect(d.pooled).toEqual([-1, 1]);
  });

  it('leaky ReLU gives [-0.01, 1]', () => {
    expect(stageDomains(SEED_KERNELS, withConfig({ activation: 'leakyRelu' })).activated).toEqual([
      -0.01, 1,
    ]);
  });

  it('chain order pools the activated map: sigmoid [s(-1), s(1)], widened to 0 by the pad edge', () => {
    const d = stageDomains(SEED_KERNELS, withConfig({ order: 'chain', activation: 'sigmoid' }));
    expect(d.activated).toEqual([sigmoid(-1), sigmoid(1)]);
    expect(d.activated[0]).toBeGreaterThan(0);
    expect(d.pooled).toEqual([0, sigmoid(1)]);
  });

  it('chain order with a drop edge pools within the activated range, with no 0 added', () => {
    const d = stageDomains(
      SEED_KERNELS,
      withConfig({ order: 'chain', activation: 'sigmoid', pool: { edge: 'drop' } }),
    );
    expect(d.pooled).toEqual([sigmoid(-1), sigmoid(1)]);
  });

  it('chain order with a drop edge and ReLU gives pooled [0, 1]', () => {
    const d = stageDomains(
      SEED_KERNELS,
      withConfig({ order: 'chain', activation: 'relu', pool: { edge: 'drop' } }),
    );
    expect(d.pooled).toEqual([0, 1]);
    expect(d.activated).toEqual([0, 1]);
  });

  it('branch order with a ceil edge pools the feature range unchanged', () => {
    const d = stageDomains(SEED_KERNELS, withConfig({ conv: { bias: 1 }, pool: { edge: 'ceil' } }));
    expect(d.feature).toEqual([0, 2]);
    expect(d.pooled).toEqual([0, 2]);
  });

  it('the widest kernel sets the feature reach and the largest |weight| sets the kernel range', () => {
    const kernels = [
      fromRows([
        [0.5, -0.5],
        [0, 0],
      ]),
      fromRows([
        [2, -1],
        [1, 0],
      ]),
    ];
    // Kernel 1: sum |w| = 4 over 4 cells -> reach 1; kernel 0: 1 / 4.
    const d = stageDomains(kernels, SEED_CONFIG);
    expect(d.feature).toEqual([-1, 1]);
    expect(d.kernels).toEqual([-2, 2]);
    const raw = stageDomains(kernels, withConfig({ conv: { normalize: false } }));
    expect(raw.feature).toEqual([-4, 4]);
  });

  it('all-zero kernels give a single-value feature domain at the bias and kernels [-1, 1]', () => {
    const d = stageDomains([fromRows([[0, 0]])], withConfig({ conv: { bias: 0.25 } }));
    expect(d.feature).toEqual([0.25, 0.25]);
    expect(d.kernels).toEqual([-1, 1]);
  });

  it('stride, padding and dilation do not change any domain', () => {
    const d = stageDomains(
      SEED_KERNELS,
      withConfig({ conv: { stride: 2, padding: 1, dilation: 2 }, pool: { size: 3, stride: 1 } }),
    );
    expect(d).toEqual(stageDomains(SEED_KERNELS, SEED_CONFIG));
  });
});
