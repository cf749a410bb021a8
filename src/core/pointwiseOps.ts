import type { LayerOp } from './layerOp';
import type { Layer, PadLayer, Shape3 } from './networkTypes';

// The layers without weights that map each value on its own (activations, flatten) or move
// values (pad), each with its exact derivative.

/** `F.pad` with a constant; backward drops the padded cells' gradient. */
export function padOp(layer: PadLayer, inShape: Shape3, outShape: Shape3): LayerOp {
  const [channels, h, w] = inShape;
  const [, oh, ow] = outShape;
  const { top, left, value } = layer;
  const at = (k: number, r: number): number => (k * oh + r + top) * ow + left;
  return {
    inShape,
    outShape,
    parameters: [],
    gradients: [],
    forward(x, y) {
      y.fill(value);
      for (let k = 0; k < channels; k++) {
        for (let r = 0; r < h; r++) {
          const from = (k * h + r) * w;
          y.set(x.subarray(from, from + w), at(k, r));
        }
      }
    },
    backward(_x, _y, dy, dx) {
      if (dx === null) return;
      for (let k = 0; k < channels; k++) {
        for (let r = 0; r < h; r++) {
          const from = at(k, r);
          dx.set(dy.subarray(from, from + w), (k * h + r) * w);
        }
      }
    },
  };
}

type Pointwise = Extract<Layer, { type: 'relu' | 'sigmoid' | 'tanh' | 'leakyRelu' | 'flatten' }>;

/**
 * Activations and flatten. ReLU's derivative at exactly 0 is 0 and leaky ReLU's is its
 * slope (x > 0 decides, as PyTorch); sigmoid's is y (1 - y), tanh's 1 - y²; flatten keeps
 * the CHW order, so its values and gradient pass through.
 */
export function pointwiseOp(layer: Pointwise, inShape: Shape3, outShape: Shape3): LayerOp {
  const base = { inShape, outShape, parameters: [], gradients: [] };
  switch (layer.type) {
    case 'relu':
      return {
        ...base,
        forward(x, y) {
          for (let i = 0; i < x.length; i++) y[i] = x[i]! > 0 ? x[i]! : 0;
        },
        backward(x, _y, dy, dx) {
          if (dx !== null) for (let i = 0; i < x.length; i++) dx[i] = x[i]! > 0 ? dy[i]! : 0;
        },
      };
    case 'leakyRelu': {
      const slope = layer.slope;
      return {
        ...base,
        forward(x, y) {
          for (let i = 0; i < x.length; i++) y[i] = x[i]! > 0 ? x[i]! : x[i]! * slope;
        },
        backward(x, _y, dy, dx) {
          if (dx !== null) {
            for (let i = 0; i < x.length; i++) dx[i] = x[i]! > 0 ? dy[i]! : dy[i]! * slope;
          }
        },
      };
    }
    case 'sigmoid':
      return {
        ...base,
        forward(x, y) {
          for (let i = 0; i < x.length; i++) y[i] = 1 / (1 + Math.exp(-x[i]!));
        },
        backward(_x, y, dy, dx) {
          if (dx !== null) for (let i = 0; i < y.length; i++) dx[i] = dy[i]! * (1 - y[i]!) * y[i]!;
        },
      };
    case 'tanh':
      return {
        ...base,
        forward(x, y) {
          for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]!);
        },
        backward(_x, y, dy, dx) {
          if (dx !== null) for (let i = 0; i < y.length; i++) dx[i] = dy[i]! * (1 - y[i]! * y[i]!);
        },
      };
    case 'flatten':
      return {
        ...base,
        forward(x, y) {
          y.set(x);
        },
        backward(_x, _y, dy, dx) {
          if (dx !== null) dx.set(dy);
        },
      };
  }
}
