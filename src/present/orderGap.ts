import { activationOf, type Matrix, type PipelineConfig } from '../core';
import type { ColorChannels } from '../state/colorChannels';
import { firstBlockMaps } from './firstBlockMaps';

/**
 * How far the two orders of pooling and activation differ for these settings: the largest
 * |pool(act(feature)) - act(pool(feature))| over every kernel's pooled cells. This is what
 * "max pooling and ReLU commute" is about, so it is 0 for max pooling with ReLU on any
 * picture, and more for average pooling with tanh.
 *
 * It is not the difference between the seed's two branch maps: the branched order's pooled
 * map is the feature map pooled before any activation, which differs from the chain's
 * pooled map wherever a whole window is negative (the thick X, the blank picture).
 */
export function orderGap(
  input: Matrix,
  kernels: readonly Matrix[],
  config: PipelineConfig,
  color: ColorChannels | null = null,
): number {
  const act = activationOf(config.activation);
  const picture = { input, kernels, color };
  const poolFirst = firstBlockMaps({ ...picture, config: { ...config, order: 'branch' } });
  const actFirst = firstBlockMaps({ ...picture, config: { ...config, order: 'chain' } });
  let gap = 0;
  poolFirst.forEach((r, k) => {
    const p = r.pooled.map;
    const q = actFirst[k]?.pooled.map;
    if (!p || !q || p.data.length !== q.data.length) return;
    p.data.forEach((v, i) => (gap = Math.max(gap, Math.abs(act(v) - q.data[i]!))));
  });
  return gap;
}
