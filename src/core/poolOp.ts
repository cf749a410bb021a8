import type { LayerOp } from './layerOp';
import type { PoolLayer, Shape3 } from './networkTypes';

/**
 * maxPool2d / avgPool2d in floor mode (windows that do not fit are dropped), as PyTorch.
 * Max pooling sends each window's gradient to the first maximum of the window in row-major
 * order (PyTorch's rule: a later cell wins only when strictly larger), so the ties of ±1
 * pictures are settled the same way. Average pooling spreads it evenly.
 */
export function poolOp(layer: PoolLayer, inShape: Shape3, outShape: Shape3): LayerOp {
  const [channels, h, w] = inShape;
  const [, oh, ow] = outShape;
  const { size, stride } = layer;
  const isMax = layer.type === 'maxPool2d';
  const area = size * size;
  // For max pooling: the index into x of each output cell's winner.
  const winner = isMax ? new Int32Array(channels * oh * ow) : null;
  return {
    inShape,
    outShape,
    parameters: [],
    gradients: [],
    forward(x, y) {
      let j = 0;
      for (let k = 0; k < channels; k++) {
        for (let r = 0; r < oh; r++) {
          for (let c = 0; c < ow; c++, j++) {
            const origin = (k * h + r * stride) * w + c * stride;
            if (winner !== null) {
              let best = origin;
              let max = x[origin]!;
              for (let i = 0; i < size; i++) {
                for (let m = 0; m < size; m++) {
                  const at = origin + i * w + m;
                  const v = x[at]!;
                  if (v > max) {
                    max = v;
                    best = at;
                  }
                }
              }
              winner[j] = best;
              y[j] = max;
            } else {
              let sum = 0;
              for (let i = 0; i < size; i++) {
                for (let m = 0; m < size; m++) sum += x[origin + i * w + m]!;
              }
              y[j] = sum / area;
            }
          }
        }
      }
    },
    backward(_x, _y, dy, dx) {
      if (dx === null) return;
      dx.fill(0);
      if (winner !== null) {
        for (let j = 0; j < dy.length; j++) dx[winner[j]!] = dx[winner[j]!]! + dy[j]!;
        return;
      }
      let j = 0;
      for (let k = 0; k < channels; k++) {
        for (let r = 0; r < oh; r++) {
          for (let c = 0; c < ow; c++, j++) {
            const g = dy[j]! / area;
            const origin = (k * h + r * stride) * w + c * stride;
            for (let i = 0; i < size; i++) {
              for (let m = 0; m < size; m++) dx[origin + i * w + m] = dx[origin + i * w + m]! + g;
            }
          }
        }
      }
    },
  };
}
