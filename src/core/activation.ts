import { type Matrix } from './matrix';

/** The element-wise activations the app offers. */
export type ActivationKind = 'relu' | 'leakyRelu' | 'sigmoid' | 'tanh';

/** Slope of leaky ReLU for negative inputs: PyTorch's default `negative_slope`. */
export const LEAKY_RELU_SLOPE = 0.01;

function map(input: Matrix, f: (v: number) => number): Matrix {
  const data = new Float64Array(input.data.length);
  const x = input.data;
  for (let i = 0; i < x.length; i++) data[i] = f(x[i]!);
  return { height: input.height, width: input.width, data };
}

/**
 * max(0, v) for every cell. The seed writes it as (|v| + v) / 2, which gives the same
 * numbers; `v > 0 ? v : 0` also never yields -0.
 */
export function relu(input: Matrix): Matrix {
  const data = new Float64Array(input.data.length);
  const x = input.data;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    data[i] = v > 0 ? v : 0;
  }
  return { height: input.height, width: input.width, data };
}

/** v for v > 0, slope * v otherwise (`torch.nn.LeakyReLU`, slope 0.01 by default). */
export function leakyRelu(input: Matrix, slope = LEAKY_RELU_SLOPE): Matrix {
  return map(input, (v) => (v > 0 ? v : slope * v));
}

/** 1 / (1 + e^-v) for every cell. */
export function sigmoid(input: Matrix): Matrix {
  return map(input, activationOf('sigmoid'));
}

/** The hyperbolic tangent of every cell. */
export function tanh(input: Matrix): Matrix {
  return map(input, Math.tanh);
}

/** The scalar function behind an activation: what it does to one value. */
export function activationOf(kind: ActivationKind): (v: number) => number {
  switch (kind) {
    case 'relu':
      return (v) => (v > 0 ? v : 0);
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
  return kind === 'relu' ? relu(input) : map(input, activationOf(kind));
}
