import fc from 'fast-check';
import { seededRandom, type LayerJson } from '../../src/core';

/** A random small network file, an input and a label, for gradient properties. */
export interface NetworkCase {
  json: { input: [number, number, number]; layers: LayerJson[]; classes?: string[] };
  input: number[][][];
  label: number;
}

const windowOut = (n: number, k: number, s: number, p: number, d: number): number =>
  Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1;

/**
 * Networks of 1 or 2 blocks (conv2d with random channels, kernel, stride, padding, dilation,
 * divisor and bias; then maybe an activation, a pad and a pooling), flatten, an optional
 * hidden linear layer with an activation, and a linear layer to 2-4 classes. Values are
 * drawn from a continuous range so that ties and kinks are unlikely.
 */
export function randomNetworkCase(): fc.Arbitrary<NetworkCase> {
  return fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => build(seed));
}

function build(seed: number): NetworkCase {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const val = (): number => Math.round((rnd() * 2 - 1) * 1e6) / 1e6;
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const channels = int(1, 2);
  let c = channels;
  let h = int(5, 8);
  let w = int(5, 8);
  const input: [number, number, number] = [c, h, w];
  const layers: LayerJson[] = [];
  const blocks = int(1, 2);
  for (let b = 0; b < blocks; b++) {
    const out = int(1, 3);
    const k = int(1, 3);
    const stride = int(1, 2);
    const padding = int(0, 1);
    const dilation = k > 1 && h >= 5 ? int(1, 2) : 1;
    const oh = windowOut(h, k, stride, padding, dilation);
    const ow = windowOut(w, k, stride, padding, dilation);
    if (oh < 1 || ow < 1) continue;
    layers.push({
      type: 'conv2d',
      weight: Array.from({ length: out }, () =>
        Array.from({ length: c }, () =>
          Array.from({ length: k }, () => Array.from({ length: k }, val)),
        ),
      ),
      bias: Array.from({ length: out }, val),
      stride,
      padding,
      dilation,
      divisor: pick([1, 1, 9, 0.5]),
    });
    c = out;
    h = oh;
    w = ow;
    const act = pick(['relu', 'leakyRelu', 'sigmoid', 'tanh', 'none'] as const);
    if (act === 'leakyRelu') layers.push({ type: 'leakyRelu', slope: 0.1 });
    else if (act !== 'none') layers.push({ type: act });
    if (rnd() < 0.4) {
      const pad = { top: int(0, 1), right: int(0, 1), bottom: int(0, 1), left: int(0, 1) };
      layers.push({ type: 'pad', ...pad, value: val() });
      h += pad.top + pad.bottom;
      w += pad.left + pad.right;
    }
    if (rnd() < 0.6 && h >= 2 && w >= 2) {
      const size = int(1, 2);
      const stride2 = int(1, 2);
      layers.push({ type: pick(['maxPool2d', 'avgPool2d'] as const), size, stride: stride2 });
      h = windowOut(h, size, stride2, 0, 1);
      w = windowOut(w, size, stride2, 0, 1);
    }
  }
  layers.push({ type: 'flatten' });
  let n = c * h * w;
  if (rnd() < 0.4) {
    const hidden = int(2, 4);
    layers.push({
      type: 'linear',
      weight: Array.from({ length: hidden }, () => Array.from({ length: n }, val)),
      bias: Array.from({ length: hidden }, val),
    });
    layers.push({ type: pick(['tanh', 'sigmoid'] as const) });
    n = hidden;
  }
  const classes = int(2, 4);
  layers.push({
    type: 'linear',
    weight: Array.from({ length: classes }, () => Array.from({ length: n }, val)),
    bias: Array.from({ length: classes }, val),
  });
  const image = Array.from({ length: channels }, () =>
    Array.from({ length: input[1] }, () => Array.from({ length: input[2] }, val)),
  );
  return { json: { input, layers }, input: image, label: int(0, classes - 1) };
}
