import { activate } from './activation';
import { conv2d } from './conv2d';
import type { Matrix } from './matrix';
import { outputSize } from './outputSize';
import { pad2d } from './pad2d';
import {
  SEED_CONFIG,
  type ConvSettings,
  type PipelineConfig,
  type PoolSettings,
} from './pipelineConfig';
import { pool2d } from './pool2d';

/** Why a stage has no output. Sizes are [height, width]. */
export type StageProblem =
  | {
      readonly kind: 'kernelTooLarge';
      readonly window: readonly [number, number];
      readonly input: readonly [number, number];
    }
  | {
      readonly kind: 'windowTooLarge';
      readonly window: number;
      readonly input: readonly [number, number];
    }
  | { readonly kind: 'noInput' };

/** A stage's map, or the reason it has none. */
export type Stage =
  | { readonly map: Matrix; readonly problem?: undefined }
  | { readonly map: null; readonly problem: StageProblem };

/** Every stage computed for one kernel. */
export interface KernelResult {
  /** conv2d(input, kernel): the feature map. */
  readonly feature: Stage;
  /** The matrix the pooling windows slide over: the feature map (branch order) or the
   * activated map (chain order), zero-padded at the bottom and right with edge `pad`. */
  readonly poolSource: Stage;
  /** The pooled map. */
  readonly pooled: Stage;
  /** The activated map: activation of the feature map. */
  readonly activated: Stage;
}

const noInput: Stage = { map: null, problem: { kind: 'noInput' } };

/** The divisor applied to the sum of products for a kernel under these settings. */
export function convDivisor(kernel: Matrix, conv: ConvSettings): number {
  return conv.normalize ? kernel.height * kernel.width : 1;
}

function convolve(input: Matrix, kernel: Matrix, conv: ConvSettings): Stage {
  const { stride, padding, dilation, bias } = conv;
  const h = outputSize(input.height, kernel.height, stride, padding, dilation);
  const w = outputSize(input.width, kernel.width, stride, padding, dilation);
  if (h < 1 || w < 1) {
    const window = [(kernel.height - 1) * dilation + 1, (kernel.width - 1) * dilation + 1] as const;
    const padded = [input.height + 2 * padding, input.width + 2 * padding] as const;
    return { map: null, problem: { kind: 'kernelTooLarge', window, input: padded } };
  }
  const divisor = convDivisor(kernel, conv);
  return { map: conv2d(input, kernel, { stride, padding, dilation, bias, divisor }) };
}

/** Zero cells to add after the end of an axis of length n so that windows cover all of it. */
export function edgePadding(n: number, size: number, stride: number): number {
  if (n <= size) return size - n;
  const windows = Math.ceil((n - size) / stride) + 1;
  return (windows - 1) * stride + size - n;
}

function poolSource(map: Matrix, pool: PoolSettings): Stage {
  if (pool.edge !== 'pad') {
    if (pool.size > map.height || pool.size > map.width) {
      return {
        map: null,
        problem: { kind: 'windowTooLarge', window: pool.size, input: [map.height, map.width] },
      };
    }
    return { map };
  }
  const bottom = edgePadding(map.height, pool.size, pool.stride);
  const right = edgePadding(map.width, pool.size, pool.stride);
  return { map: bottom || right ? pad2d(map, { top: 0, right, bottom, left: 0 }) : map };
}

function poolStage(source: Stage, pool: PoolSettings): Stage {
  if (source.map === null) return source.problem.kind === 'noInput' ? noInput : source;
  const options = { size: pool.size, stride: pool.stride, ceilMode: pool.edge === 'ceil' };
  return { map: pool2d(source.map, pool.kind, options) };
}

/**
 * Runs every stage for each kernel: convolution, then pooling and activation, in the order
 * the configuration asks for. The default configuration is the seed's (SEED_CONFIG).
 * A stage whose window does not fit gets a `problem` instead of a map; later stages that
 * depend on it get `noInput`. Nothing throws for a too-large window; invalid settings
 * (a stride of 0, say) still throw the core's RangeError.
 */
export function runPipeline(
  input: Matrix,
  kernels: readonly Matrix[],
  config: PipelineConfig = SEED_CONFIG,
): KernelResult[] {
  return kernels.map((kernel) => {
    const feature = convolve(input, kernel, config.conv);
    if (feature.map === null)
      return { feature, poolSource: noInput, pooled: noInput, activated: noInput };
    const activated: Stage = { map: activate(feature.map, config.activation) };
    const source = poolSource(
      config.order === 'chain' ? (activated.map as Matrix) : feature.map,
      config.pool,
    );
    return { feature, poolSource: source, pooled: poolStage(source, config.pool), activated };
  });
}
