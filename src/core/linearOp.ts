import type { LayerOp } from './layerOp';
import type { Shape3 } from './networkTypes';

/**
 * linear: y = weight · x + bias, weight [out][in]. Backward: d bias = dy,
 * d weight = dy xᵀ, dx = weightᵀ dy.
 */
export function linearOp(
  inShape: Shape3,
  outShape: Shape3,
  weight: Float64Array,
  bias: Float64Array,
): LayerOp {
  const n = inShape[0] * inShape[1] * inShape[2];
  const outs = outShape[0];
  const dWeight = new Float64Array(weight.length);
  const dBias = new Float64Array(bias.length);
  return {
    inShape,
    outShape,
    parameters: [weight, bias],
    gradients: [dWeight, dBias],
    forward(x, y) {
      for (let o = 0; o < outs; o++) {
        const row = o * n;
        let sum = 0;
        for (let i = 0; i < n; i++) sum += weight[row + i]! * x[i]!;
        y[o] = sum + bias[o]!;
      }
    },
    backward(x, _y, dy, dx, accumulate) {
      if (dx !== null) dx.fill(0);
      for (let o = 0; o < outs; o++) {
        const g = dy[o]!;
        const row = o * n;
        if (accumulate) {
          dBias[o] = dBias[o]! + g;
          for (let i = 0; i < n; i++) dWeight[row + i] = dWeight[row + i]! + g * x[i]!;
        }
        if (dx !== null) for (let i = 0; i < n; i++) dx[i] = dx[i]! + weight[row + i]! * g;
      }
    },
  };
}
