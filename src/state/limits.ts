import type { ConvSettings, Matrix, PoolSettings } from '../core';
import { POOL_EDGES, POOL_KINDS } from './settingChoices';

/** The ranges the app offers; the reducer refuses anything outside them. */
export const LIMITS = {
  grid: [3, 64],
  kernels: [1, 8],
  kernelSize: [1, 5],
  convStride: [1, 3],
  padding: [0, 2],
  dilation: [1, 2],
  poolSize: [1, 3],
  poolStride: [1, 3],
} as const;

export function inRange(v: number, [lo, hi]: readonly [number, number]): boolean {
  return Number.isInteger(v) && v >= lo && v <= hi;
}

/** Convolution settings within the app's ranges (bias: any finite number). */
export function validConv(c: ConvSettings): boolean {
  return (
    inRange(c.stride, LIMITS.convStride) &&
    inRange(c.padding, LIMITS.padding) &&
    inRange(c.dilation, LIMITS.dilation) &&
    Number.isFinite(c.bias) &&
    typeof c.normalize === 'boolean'
  );
}

/** Pooling settings within the app's ranges. */
export function validPool(p: PoolSettings): boolean {
  return (
    POOL_KINDS.includes(p.kind) &&
    inRange(p.size, LIMITS.poolSize) &&
    inRange(p.stride, LIMITS.poolStride) &&
    POOL_EDGES.includes(p.edge)
  );
}

/** A kernel the app can hold: 1x1 to 5x5 (rectangles allowed), finite weights. */
export function validKernel(m: Matrix): boolean {
  return (
    inRange(m.height, LIMITS.kernelSize) &&
    inRange(m.width, LIMITS.kernelSize) &&
    m.data.length === m.height * m.width &&
    m.data.every(Number.isFinite)
  );
}

/** An input picture the app can hold: 3x3 to 64x64, values from -1 to +1. */
export function validInput(m: Matrix): boolean {
  return (
    inRange(m.height, LIMITS.grid) &&
    inRange(m.width, LIMITS.grid) &&
    m.data.length === m.height * m.width &&
    m.data.every((v) => v >= -1 && v <= 1)
  );
}
