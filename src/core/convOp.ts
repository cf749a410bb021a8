import type { LayerOp } from './layerOp';
import { cropPlanesInto, padPlanesInto } from './padPlanes';
import type { Conv2dLayer, Shape3 } from './networkTypes';

/**
 * conv2d as `F.conv2d(x, weight, stride, padding, dilation) / divisor + bias`, summed over
 * every input channel. Each output cell sums its products channel by channel, row by row of
 * the kernel, in order. Backward: d bias = sum of dy; d weight and dx through dy / divisor.
 */
export function convOp(
  layer: Conv2dLayer,
  inShape: Shape3,
  outShape: Shape3,
  weight: Float64Array,
  bias: Float64Array,
): LayerOp {
  const [inC, h, w] = inShape;
  const [outC, oh, ow] = outShape;
  const { kernelHeight: kh, kernelWidth: kw, stride: s, padding: p, dilation: d, divisor } = layer;
  const ph = h + 2 * p;
  const pw = w + 2 * p;
  const plane = ph * pw;
  const outPlane = oh * ow;
  // The zero-padded input (and its gradient) when there is padding.
  const padded = p > 0 ? new Float64Array(inC * plane) : null;
  const paddedGrad = p > 0 ? new Float64Array(inC * plane) : null;
  const scaled = new Float64Array(outC * outPlane);
  const dWeight = new Float64Array(weight.length);
  const dBias = new Float64Array(bias.length);

  const pad = (x: Float64Array): Float64Array => {
    if (padded === null) return x;
    padPlanesInto(x, padded, inC, h, w, p);
    return padded;
  };

  return {
    inShape,
    outShape,
    parameters: [weight, bias],
    gradients: [dWeight, dBias],
    forward(x, y) {
      const src = pad(x);
      y.fill(0);
      for (let o = 0; o < outC; o++) {
        const yo = o * outPlane;
        for (let i = 0; i < inC; i++) {
          for (let ki = 0; ki < kh; ki++) {
            for (let kj = 0; kj < kw; kj++) {
              const wv = weight[((o * inC + i) * kh + ki) * kw + kj]!;
              const base = i * plane + ki * d * pw + kj * d;
              for (let r = 0; r < oh; r++) {
                const from = base + r * s * pw;
                const to = yo + r * ow;
                if (s === 1) {
                  for (let c = 0; c < ow; c++) y[to + c] = y[to + c]! + wv * src[from + c]!;
                } else {
                  for (let c = 0; c < ow; c++) y[to + c] = y[to + c]! + wv * src[from + c * s]!;
                }
              }
            }
          }
        }
        const b = bias[o]!;
        for (let j = yo; j < yo + outPlane; j++) y[j] = y[j]! / divisor + b;
      }
    },
    backward(x, _y, dy, dx, accumulate) {
      for (let j = 0; j < dy.length; j++) scaled[j] = dy[j]! / divisor;
      const src = padded === null ? x : padded; // filled by this pass's forward
      const target = dx === null ? null : (paddedGrad ?? dx);
      if (target !== null) target.fill(0);
      for (let o = 0; o < outC; o++) {
        const go = o * outPlane;
        if (accumulate) {
          let sum = 0;
          for (let j = go; j < go + outPlane; j++) sum += dy[j]!;
          dBias[o] = dBias[o]! + sum;
        }
        for (let i = 0; i < inC; i++) {
          for (let ki = 0; ki < kh; ki++) {
            for (let kj = 0; kj < kw; kj++) {
              const wi = ((o * inC + i) * kh + ki) * kw + kj;
              const wv = weight[wi]!;
              const base = i * plane + ki * d * pw + kj * d;
              if (accumulate) {
                let sum = 0;
                for (let r = 0; r < oh; r++) {
                  const from = base + r * s * pw;
                  const g = go + r * ow;
                  for (let c = 0; c < ow; c++) sum += scaled[g + c]! * src[from + c * s]!;
                }
                dWeight[wi] = dWeight[wi]! + sum;
              }
              if (target !== null) {
                for (let r = 0; r < oh; r++) {
                  const from = base + r * s * pw;
                  const g = go + r * ow;
                  for (let c = 0; c < ow; c++) {
                    const at = from + c * s;
                    target[at] = target[at]! + scaled[g + c]! * wv;
                  }
                }
              }
            }
          }
        }
      }
      if (dx !== null && paddedGrad !== null) cropPlanesInto(paddedGrad, dx, inC, h, w, p);
    },
  };
}
