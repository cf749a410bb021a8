/**
 * The length of a sliding-window output along one axis, as in PyTorch's Conv2d and MaxPool2d
 * documentation: floor((n + 2 * padding - dilation * (k - 1) - 1) / stride) + 1.
 * A result below 1 means the (dilated) window does not fit into the padded input.
 */
export function outputSize(n: number, k: number, stride = 1, padding = 0, dilation = 1): number {
  return Math.floor((n + 2 * padding - dilation * (k - 1) - 1) / stride) + 1;
}

/**
 * The output length in PyTorch's ceil mode (no padding): windows that only partly cover the
 * input are kept, except one that would start past the input's end (PyTorch's rule).
 */
export function ceilOutputSize(n: number, k: number, stride: number): number {
  if (k > n) return 0;
  let out = Math.ceil((n - k) / stride) + 1;
  if ((out - 1) * stride >= n) out -= 1;
  return out;
}

/**
 * Cells to add after the end of an axis of length n so that size-wide windows at the given
 * stride cover all of it: the seed's zero row and column (7 -> 8 for 2-wide windows, stride 2).
 * An axis shorter than the window is padded up to the window; with a stride larger than the
 * window, no window may lie wholly in the padding.
 */
export function edgePadding(n: number, size: number, stride: number): number {
  if (n <= size) return size - n;
  // As many windows as ceil mode keeps (none starting past the end, PyTorch's rule).
  return Math.max(0, (ceilOutputSize(n, size, stride) - 1) * stride + size - n);
}

/**
 * The pooled length of an axis of length n: windows that fit (`drop`, PyTorch's floor mode),
 * partial windows kept (`ceil`), or the axis first zero-padded at its end (`pad`, the seed).
 * Below 1 when the window does not fit.
 */
export function pooledSize(
  n: number,
  size: number,
  stride: number,
  edge: 'drop' | 'ceil' | 'pad',
): number {
  if (edge === 'pad') return outputSize(n + edgePadding(n, size, stride), size, stride);
  return edge === 'ceil' ? ceilOutputSize(n, size, stride) : outputSize(n, size, stride);
}
