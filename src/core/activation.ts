import { createMatrix, type Matrix } from './matrix';

/** The element-wise activations the app offers. */
export type ActivationKind = 'relu' | 'leakyRelu' | 'sigmoid' | 'tanh';

/** Slope of leaky ReLU for negative inputs: PyTorch's default `negative_slope`. */
export const LEAKY_RELU_SLOPE = 0.01;

/**
 * Writes the activation of every cell of `input` into `out` (same shape). ReLU is the seed's
 * own formula, (|v| + v) / 2: exact (v + v is a doubling), never -0, and branch-free, which
 * on this data (half the values negative) is twice as fast as a comparison or Math.max.
 */
export function activateInto(input: Matrix, kind: ActivationKind, out: Matrix): void {
  const x = input.data;
  const y = out.data;
  if (kind === 'relu') {
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      y[i] = (Math.abs(v) + v) / 2;
    }
    return;
  }
  const f = activationOf(kind);
  for (let i = 0; i < x.length; i++) y[i] = f(x[i]!);
}

function map(input: Matrix, kind: ActivationKind): Matrix {
  const out = createMatrix(input.height, input.width);
  activateInto(input, kind, out);
  return out;
}

/** max(0, v) for every cell, computed as the seed does: (|v| + v) / 2. */
export function relu(input: Matrix): Matrix {
  return map(input, 'relu');
}

/** v for v > 0, slope * v otherwise (`torch.nn.LeakyReLU`, slope 0.01 by default). */
export function leakyRelu(input: Matrix, slope = LEAKY_RELU_SLOPE): Matrix {
  const out = createMatrix(input.height, input.width);
  for (let i = 0; i < out.data.length; i++) {
    const v = input.data[i]!;
    out.data[i] = v > 0 ? v : slope * v;
  }
  return out;
}

/** 1 / (1 + e^-v) for every cell. */
export function sigmoid(input: Matrix): Matrix {
  return map(input, 'sigmoid');
}

/** The hyperbolic tangent of every cell. */
export function tanh(input: Matrix): Matrix {
  return map(input, 'tanh');
}

/** The scalar function behind an activation: what it does to one value. */
export function activationOf(kind: ActivationKind): (v: number) => number {
  switch (kind) {
    case 'relu':
      return (v) => (Math.abs(v) + v) / 2;
    case 'leakyRelu':
      return (v) => (v > 0 ? v : LEAKY_RELU_SLOPE * v);
    case 'sigmoid':
      return (v) => 1 / (1 + Math.exp(-v));
    case 'tanh':
      return Math.tanh;
  }
}

/** Applies the activation named by `kind` to every cell. */
export function activate(input: Matrix, kind: ActivationKind): Matrix {
  return map(input, kind);
}
