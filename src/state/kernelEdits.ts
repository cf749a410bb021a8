import type { Matrix } from '../core';
import { LIMITS, validKernel } from './limits';

/** The next weight when a kernel cell is clicked: -1 -> 0 -> +1 -> -1 (others to the next). */
export function cycleWeight(v: number): number {
  if (v < -0.5) return 0;
  if (v < 0.5) return 1;
  return -1;
}

/** The kernels with weight `index` of kernel `k` set to `value`; the same list if unchanged. */
export function setWeight(
  kernels: readonly Matrix[],
  k: number,
  index: number,
  value: number,
): readonly Matrix[] {
  const kernel = kernels[k];
  if (!kernel || !Number.isFinite(value) || !Number.isInteger(index)) return kernels;
  if (index < 0 || index >= kernel.data.length || kernel.data[index] === value) return kernels;
  const data = kernel.data.slice();
  data[index] = value + 0;
  return replaceKernel(kernels, k, { height: kernel.height, width: kernel.width, data });
}

/** The kernels with kernel `k` replaced; the same list for a bad index or kernel. */
export function replaceKernel(
  kernels: readonly Matrix[],
  k: number,
  kernel: Matrix,
): readonly Matrix[] {
  const old = kernels[k];
  if (!old || !validKernel(kernel)) return kernels;
  const same =
    old.height === kernel.height &&
    old.width === kernel.width &&
    old.data.every((v, i) => v === kernel.data[i]);
  if (same) return kernels;
  return kernels.map((m, i) => (i === k ? kernel : m));
}

/** The kernels with one more at the end, up to 8. */
export function addKernel(kernels: readonly Matrix[], kernel: Matrix): readonly Matrix[] {
  if (kernels.length >= LIMITS.kernels[1] || !validKernel(kernel)) return kernels;
  return [...kernels, kernel];
}

/** The kernels without kernel `k`; at least one always stays. */
export function removeKernel(kernels: readonly Matrix[], k: number): readonly Matrix[] {
  if (kernels.length <= LIMITS.kernels[0] || !kernels[k]) return kernels;
  return kernels.filter((_, i) => i !== k);
}
