import { describe, expect, it } from 'vitest';
import { runPipeline, SEED_CONFIG, SEED_KERNELS } from '../../src/core';
import { formatValue } from '../../src/present/format';
import { orderGap } from '../../src/present/orderGap';
import { INPUT_PRESETS, inputPreset } from '../../src/state';
import { withConfig } from '../helpers/withConfig';

describe('orderGap', () => {
  it('is 0 for max pooling with ReLU on every picture preset, thick X and blank included', () => {
    for (const preset of INPUT_PRESETS) {
      expect(orderGap(inputPreset(preset), SEED_KERNELS, SEED_CONFIG), preset).toBe(0);
    }
  });

  it("is not the 0.11 between the branch's raw pooled map and the chain's (defect 1)", () => {
    // The thick X: the seed's pooled map of kernel 1 keeps a negative window that the chain's
    // ReLU-then-pool map turns into 0. That gap is real but is not about the order.
    const thick = inputPreset('thickX');
    const raw = runPipeline(thick, SEED_KERNELS, SEED_CONFIG);
    const chain = runPipeline(thick, SEED_KERNELS, withConfig({ order: 'chain' }));
    let rawGap = 0;
    raw.forEach((r, k) =>
      r.pooled.map!.data.forEach((v, i) => {
        rawGap = Math.max(rawGap, Math.abs(v - chain[k]!.pooled.map!.data[i]!));
      }),
    );
    expect(formatValue(rawGap)).toBe('0.11');
    expect(orderGap(thick, SEED_KERNELS, SEED_CONFIG)).toBe(0);
  });

  it('is positive for average pooling with tanh: the mean of tanh is not tanh of the mean', () => {
    const config = withConfig({ pool: { kind: 'avg' }, activation: 'tanh' });
    const gap = orderGap(inputPreset('x'), SEED_KERNELS, config);
    expect(formatValue(gap)).toBe('0.09');
  });
});
