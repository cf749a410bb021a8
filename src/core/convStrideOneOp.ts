import type { LayerOp } from './layerOp';
import { cropPlanesInto, padPlanesInto } from './padPlanes';
import type { Conv2dLayer, Shape3 } from './networkTypes';

/**
 * conv2d with stride 1, computed "wide": each output row is worked out across the padded
 * input's full width (the last kernel-width - 1 columns of each row are scratch, never read
 * back), so every kernel tap is one long contiguous loop over the whole map instead of many
 * short ones. The same sums in the same order as convOp's general loop (channel by channel,
 * kernel row by kernel row), so the numbers are the same.
 */
export function convStrideOneOp(
  layer: Conv2dLayer,
  inShape: Shape3,
  outShape: Shape3,
  weight: Float64Array,
  bias: Float64Array,
): LayerOp {
  const [inC, h, w] = inShape;
  const [outC, oh, ow] = outShape;
  const { kernelHeight: kh, kernelWidth: kw, padding: p, dilation: d, divisor } = layer;
  const pw = w + 2 * p;
  const plane = (h + 2 * p) * pw;
  const outPlane = oh * ow;
  // One output map at the padded width: rows of pw cells, the first ow of each are real.
  const span = (oh - 1) * pw + ow;
  const wide = new Float64Array(span);
  const padded = p > 0 ? new Float64Array(inC * plane) : null;
  const paddedGrad = p > 0 ? new Float64Array(inC * plane) : null;
  const dWeight = new Float64Array(weight.length);
  const dBias = new Float64Array(bias.length);
  // Offsets into the padded input of each tap, [in][kh][kw].
  const taps = new Int32Array(inC * kh * kw);
  for (let i = 0; i < inC; i++) {
    for (let ki = 0; ki < kh; ki++) {
      for (let kj = 0; kj < kw; kj++)
        taps[(i * kh + ki) * kw + kj] = i * plane + ki * d * pw + kj * d;
    }
  }
  const tapCount = taps.length;
  // 3x3 kernels (the app's usual) take nine taps per pass, in registers.
  const nine = kh === 3 && kw === 3;

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
      for (let o = 0; o < outC; o++) {
        wide.fill(0);
        const wo = o * tapCount;
        if (nine) {
          for (let i = 0; i < inC; i++)
            accumulateNine(wide, src, weight, wo + i * 9, taps, i * 9, span);
        } else {
          for (let t = 0; t < tapCount; t++) {
            const wv = weight[wo + t]!;
            const off = taps[t]!;
            for (let j = 0; j < span; j++) wide[j] = wide[j]! + wv * src[off + j]!;
          }
        }
        const b = bias[o]!;
        const yo = o * outPlane;
        for (let r = 0; r < oh; r++) {
          for (let c = 0; c < ow; c++) y[yo + r * ow + c] = wide[r * pw + c]! / divisor + b;
        }
      }
    },
    backward(x, _y, dy, dx, accumulate) {
      const src = padded === null ? x : padded; // filled by this pass's forward
      const target = dx === null ? null : (paddedGrad ?? dx);
      if (target !== null) target.fill(0);
      for (let o = 0; o < outC; o++) {
        // dy / divisor laid out at the padded width, zeros in the scratch columns.
        wide.fill(0);
        const go = o * outPlane;
        let sum = 0;
        for (let r = 0; r < oh; r++) {
          for (let c = 0; c < ow; c++) {
            const g = dy[go + r * ow + c]!;
            sum += g;
            wide[r * pw + c] = g / divisor;
          }
        }
        if (accumulate) dBias[o] = dBias[o]! + sum;
        const wo = o * tapCount;
        if (nine && accumulate) {
          for (let i = 0; i < inC; i++)
            correlateNine(dWeight, wide, src, wo + i * 9, taps, i * 9, span);
        }
        if (nine && target !== null) {
          for (let i = 0; i < inC; i++)
            scatterNine(target, wide, weight, wo + i * 9, taps, i * 9, span);
        }
        for (let t = 0; t < tapCount; t++) {
          const off = taps[t]!;
          if (accumulate && !nine) {
            let acc = 0;
            for (let j = 0; j < span; j++) acc += wide[j]! * src[off + j]!;
            dWeight[wo + t] = dWeight[wo + t]! + acc;
          }
          if (target !== null && !nine) {
            const wv = weight[wo + t]!;
            for (let j = 0; j < span; j++) target[off + j] = target[off + j]! + wide[j]! * wv;
          }
        }
      }
      if (dx !== null && paddedGrad !== null) cropPlanesInto(paddedGrad, dx, inC, h, w, p);
    },
  };
}

/**
 * wide[j] += the nine products of the 3x3 kernel at weight[w..w+9) with src at the taps
 * taps[t..t+9), for every j < span: in tap order, so the same sum as nine single-tap passes.
 */
function accumulateNine(
  wide: Float64Array,
  src: Float64Array,
  weight: Float64Array,
  w: number,
  taps: Int32Array,
  t: number,
  span: number,
): void {
  const w0 = weight[w]!,
    w1 = weight[w + 1]!,
    w2 = weight[w + 2]!;
  const w3 = weight[w + 3]!,
    w4 = weight[w + 4]!,
    w5 = weight[w + 5]!;
  const w6 = weight[w + 6]!,
    w7 = weight[w + 7]!,
    w8 = weight[w + 8]!;
  const t0 = taps[t]!,
    t1 = taps[t + 1]!,
    t2 = taps[t + 2]!;
  const t3 = taps[t + 3]!,
    t4 = taps[t + 4]!,
    t5 = taps[t + 5]!;
  const t6 = taps[t + 6]!,
    t7 = taps[t + 7]!,
    t8 = taps[t + 8]!;
  for (let j = 0; j < span; j++) {
    let v = wide[j]!;
    v += w0 * src[t0 + j]!;
    v += w1 * src[t1 + j]!;
    v += w2 * src[t2 + j]!;
    v += w3 * src[t3 + j]!;
    v += w4 * src[t4 + j]!;
    v += w5 * src[t5 + j]!;
    v += w6 * src[t6 + j]!;
    v += w7 * src[t7 + j]!;
    v += w8 * src[t8 + j]!;
    wide[j] = v;
  }
}

/** dWeight[w + k] += sum over j < span of grad[j] * src[taps[t + k] + j], for k < 9, in one pass. */
function correlateNine(
  dWeight: Float64Array,
  grad: Float64Array,
  src: Float64Array,
  w: number,
  taps: Int32Array,
  t: number,
  span: number,
): void {
  const t0 = taps[t]!,
    t1 = taps[t + 1]!,
    t2 = taps[t + 2]!;
  const t3 = taps[t + 3]!,
    t4 = taps[t + 4]!,
    t5 = taps[t + 5]!;
  const t6 = taps[t + 6]!,
    t7 = taps[t + 7]!,
    t8 = taps[t + 8]!;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
  for (let j = 0; j < span; j++) {
    const g = grad[j]!;
    s0 += g * src[t0 + j]!;
    s1 += g * src[t1 + j]!;
    s2 += g * src[t2 + j]!;
    s3 += g * src[t3 + j]!;
    s4 += g * src[t4 + j]!;
    s5 += g * src[t5 + j]!;
    s6 += g * src[t6 + j]!;
    s7 += g * src[t7 + j]!;
    s8 += g * src[t8 + j]!;
  }
  dWeight[w] = dWeight[w]! + s0;
  dWeight[w + 1] = dWeight[w + 1]! + s1;
  dWeight[w + 2] = dWeight[w + 2]! + s2;
  dWeight[w + 3] = dWeight[w + 3]! + s3;
  dWeight[w + 4] = dWeight[w + 4]! + s4;
  dWeight[w + 5] = dWeight[w + 5]! + s5;
  dWeight[w + 6] = dWeight[w + 6]! + s6;
  dWeight[w + 7] = dWeight[w + 7]! + s7;
  dWeight[w + 8] = dWeight[w + 8]! + s8;
}

/** target[taps[t + k] + j] += grad[j] * weight[w + k] for k < 9 and every j < span, in one pass. */
function scatterNine(
  target: Float64Array,
  grad: Float64Array,
  weight: Float64Array,
  w: number,
  taps: Int32Array,
  t: number,
  span: number,
): void {
  const w0 = weight[w]!,
    w1 = weight[w + 1]!,
    w2 = weight[w + 2]!;
  const w3 = weight[w + 3]!,
    w4 = weight[w + 4]!,
    w5 = weight[w + 5]!;
  const w6 = weight[w + 6]!,
    w7 = weight[w + 7]!,
    w8 = weight[w + 8]!;
  const t0 = taps[t]!,
    t1 = taps[t + 1]!,
    t2 = taps[t + 2]!;
  const t3 = taps[t + 3]!,
    t4 = taps[t + 4]!,
    t5 = taps[t + 5]!;
  const t6 = taps[t + 6]!,
    t7 = taps[t + 7]!,
    t8 = taps[t + 8]!;
  for (let j = 0; j < span; j++) {
    const g = grad[j]!;
    target[t0 + j] = target[t0 + j]! + g * w0;
    target[t1 + j] = target[t1 + j]! + g * w1;
    target[t2 + j] = target[t2 + j]! + g * w2;
    target[t3 + j] = target[t3 + j]! + g * w3;
    target[t4 + j] = target[t4 + j]! + g * w4;
    target[t5 + j] = target[t5 + j]! + g * w5;
    target[t6 + j] = target[t6 + j]! + g * w6;
    target[t7 + j] = target[t7 + j]! + g * w7;
    target[t8 + j] = target[t8 + j]! + g * w8;
  }
}
