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
