import type { ActivationKind, ConvSettings, Matrix, PoolSettings } from '../core';

/**
 * A block after the first (blocks 2 and 3): a convolution whose kernels span every channel of
 * the previous block's output, an activation and pooling, in the usual chain order
 * (conv -> activation -> pool). `kernels[k][c]` is kernel k's slice for input channel c; the
 * feature map of kernel k is the sum over its slices plus the bias (divided by the cell
 * count of all its slices when `conv.normalize`).
 */
export interface Block {
  readonly kernels: readonly (readonly Matrix[])[];
  readonly conv: ConvSettings;
  readonly pool: PoolSettings;
  readonly activation: ActivationKind;
}

/** At most three blocks: the first (the page's kernels and settings) and two more. */
export const MAX_BLOCKS = 3;

function filled(size: number, value: number): Matrix {
  return { height: size, width: size, data: new Float64Array(size * size).fill(value) };
}

/**
 * The block the page adds after one with `channels` output maps: one 3x3 kernel per channel,
 * kernel k summing channel k over its 3x3 neighbourhood (its other slices zero), padding 1 so
 * the maps keep their size, divided by the cell count, ReLU, the seed's 2x2 max pooling with
 * its zero edge. Each map of the new block is "where feature k shows, a little more widely".
 */
export function defaultBlock(channels: number): Block {
  const kernels = Array.from({ length: channels }, (_, k) =>
    Array.from({ length: channels }, (_, c) => filled(3, c === k ? 1 : 0)),
  );
  return {
    kernels,
    conv: { stride: 1, padding: 1, dilation: 1, bias: 0, normalize: true },
    pool: { kind: 'max', size: 2, stride: 2, edge: 'pad' },
    activation: 'relu',
  };
}

/** A kernel of `channels` zero slices of the given size. */
export function zeroKernel(channels: number, height: number, width: number): Matrix[] {
  return Array.from({ length: channels }, () => ({
    height,
    width,
    data: new Float64Array(height * width),
  }));
}
