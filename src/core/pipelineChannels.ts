import { activateInto } from './activation';
import type { Matrix } from './matrix';
import { pad2d } from './pad2d';
import { runPipeline, type KernelResult, type Stage } from './pipeline';
import type { PipelineConfig } from './pipelineConfig';
import { SEED_CONFIG } from './pipelineConfig';
import { poolInto } from './pool2d';

/**
 * {@link runPipeline} for a picture of several channels, such as a colour picture's red,
 * green and blue: `inputs[c]` is channel c (all the same shape), and kernel k is its stack of
 * slices, `kernels[k][c]` for channel c (all of one size).
 *
 * The feature map of kernel k is the sum over channels of each slice's products with its
 * channel, divided by the cell count of all its slices (kh * kw * channels) when
 * `conv.normalize`, plus the bias. Each cell sums its products channel by channel, row by row
 * of the slice, in order: the order of the core's conv2d layer, so the maps equal a network's
 * layer outputs to the last digit. Pooling and activation, their order and the problems of
 * windows that do not fit are runPipeline's.
 *
 * With one channel this is runPipeline itself.
 *
 * @throws RangeError when there are no channels, the channels differ in shape, or a kernel
 *   does not have one slice per channel of one size; and runPipeline's for bad settings.
 */
export function runPipelineChannels(
  inputs: readonly Matrix[],
  kernels: readonly (readonly Matrix[])[],
  config: PipelineConfig = SEED_CONFIG,
): KernelResult[] {
  const first = inputs[0];
  if (first === undefined) throw new RangeError('runPipelineChannels: no input channel');
  if (inputs.some((m) => m.height !== first.height || m.width !== first.width)) {
    throw new RangeError('runPipelineChannels: the input channels differ in shape');
  }
  for (const [k, slices] of kernels.entries()) {
    const s = slices[0];
    if (
      slices.length !== inputs.length ||
      s === undefined ||
      slices.some((m) => m.height !== s.height || m.width !== s.width)
    ) {
      throw new RangeError(
        `runPipelineChannels: kernel ${k} needs ${inputs.length} slices of one size`,
      );
    }
  }
  // The shapes, the problems and the pooling and activation come from the one-channel
  // pipeline run on the first channel; only the feature maps are summed here.
  const base = runPipeline(
    first,
    kernels.map((slices) => slices[0]!),
    config,
  );
  if (inputs.length === 1) return base;
  const { padding: p, stride, dilation, bias, normalize } = config.conv;
  const padded = inputs.map((m) =>
    p > 0 ? pad2d(m, { top: p, right: p, bottom: p, left: p }) : m,
  );
  return base.map((result, k) => {
    if (result.feature.map === null) return result;
    const slices = kernels[k]!;
    const feature = summedFeature(padded, slices, result.feature.map, stride, dilation);
    const divisor = normalize ? slices[0]!.height * slices[0]!.width * slices.length : 1;
    for (let i = 0; i < feature.data.length; i++) {
      feature.data[i] = feature.data[i]! / divisor + bias;
    }
    const activated = like(feature);
    activateInto(feature, config.activation, activated);
    let pooled: Stage = result.pooled;
    if (result.pooled.map !== null) {
      const source = config.order === 'chain' ? activated : feature;
      const out = like(result.pooled.map);
      const { kind, size, stride: poolStride, edge } = config.pool;
      poolInto(source, kind === 'max', size, poolStride, edge === 'pad', out);
      pooled = { map: out };
    }
    return { feature: { map: feature }, pooled, activated: { map: activated } };
  });
}

function like(m: Matrix): Matrix {
  return { height: m.height, width: m.width, data: new Float64Array(m.height * m.width) };
}

/** Every cell's sum of products over every channel's slice, in the conv2d layer's order. */
function summedFeature(
  padded: readonly Matrix[],
  slices: readonly Matrix[],
  shape: Matrix,
  stride: number,
  dilation: number,
): Matrix {
  const out = like(shape);
  const { height: kh, width: kw } = slices[0]!;
  const pw = padded[0]!.width;
  for (let r = 0, o = 0; r < out.height; r++) {
    for (let q = 0; q < out.width; q++, o++) {
      let sum = 0;
      for (let c = 0; c < padded.length; c++) {
        const x = padded[c]!.data;
        const w = slices[c]!.data;
        for (let i = 0; i < kh; i++) {
          const row = (r * stride + i * dilation) * pw + q * stride;
          for (let j = 0; j < kw; j++) sum += w[i * kw + j]! * x[row + j * dilation]!;
        }
      }
      out.data[o] = sum;
    }
  }
  return out;
}
