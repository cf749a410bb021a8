import type { Shape3 } from './networkTypes';

/**
 * One layer compiled for a fixed input shape: forward and backward on caller-owned flat
 * buffers (CHW order), as PyTorch's autograd functions. Nothing is allocated per call.
 *
 * `forward(x, y)` writes the layer's output into `y`. `backward(x, y, dy, dx)` reads the
 * forward pass's `x` and `y` and the loss gradient `dy` of the output; it writes the input
 * gradient into `dx` (skipped when `dx` is null) and, for a layer with weights, adds the
 * weight and bias gradients into its `gradients` (skipped when `accumulate` is false).
 */
export interface LayerOp {
  readonly inShape: Shape3;
  readonly outShape: Shape3;
  /** The live weight and bias of a conv2d or linear layer (empty for the others). */
  readonly parameters: readonly Float64Array[];
  /** Their gradient accumulators, one per parameter, same lengths. */
  readonly gradients: readonly Float64Array[];
  forward(x: Float64Array, y: Float64Array): void;
  backward(
    x: Float64Array,
    y: Float64Array,
    dy: Float64Array,
    dx: Float64Array | null,
    accumulate: boolean,
  ): void;
}

/** The number of values of a shape. */
export function sizeOf(shape: Shape3): number {
  return shape[0] * shape[1] * shape[2];
}
