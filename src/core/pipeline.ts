import { activateInto } from './activation';
import { correlateInto } from './conv2d';
import type { Matrix } from './matrix';
import { edgePadding, outputSize, pooledSize } from './outputSize';
import { pad2d } from './pad2d';
import {
  SEED_CONFIG,
  type ConvSettings,
  type PipelineConfig,
  type PoolSettings,
} from './pipelineConfig';
import { fullWindows, poolEdgesInto, poolInto } from './pool2d';
import { finiteNumber, nonNegativeInteger, positiveInteger } from './validate';
import { beginWasmRun, type WasmRun } from './wasmStages';

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
  /** The pooled map (of the feature map, or of the activated map in chain order). */
  readonly pooled: Stage;
  /** The activation of the feature map. */
  readonly activated: Stage;
}

const noInput: Stage = { map: null, problem: { kind: 'noInput' } };

/** Throws the core's RangeError for a setting no stage could accept, before any size check. */
function validateConfig({ conv, pool }: PipelineConfig): void {
  positiveInteger('conv2d', 'stride', conv.stride);
  nonNegativeInteger('conv2d', 'padding', conv.padding);
  positiveInteger('conv2d', 'dilation', conv.dilation);
  finiteNumber('conv2d', 'bias', conv.bias);
  const fn = pool.kind === 'max' ? 'maxPool2d' : 'avgPool2d';
  positiveInteger(fn, 'size', pool.size);
  positiveInteger(fn, 'stride', pool.stride);
}

/** The divisor applied to the sum of products for a kernel under these settings. */
export function convDivisor(kernel: Matrix, conv: ConvSettings): number {
  return conv.normalize ? kernel.height * kernel.width : 1;
}

/**
 * The matrix a pooling stage slides its windows over: `source` (the feature map, or the
 * activated map in chain order) with the seed's zero padding at the bottom and right when
 * the edge is `pad`. The pipeline pools without building it; explanations draw it.
 */
export function poolSource(source: Matrix, pool: PoolSettings): Matrix {
  if (pool.edge !== 'pad') return source;
  const bottom = edgePadding(source.height, pool.size, pool.stride);
  const right = edgePadding(source.width, pool.size, pool.stride);
  return bottom || right ? pad2d(source, { top: 0, right, bottom, left: 0 }) : source;
}

/** The shapes of one kernel's maps, or the problem that leaves a stage without one. */
interface Plan {
  readonly feature: readonly [number, number] | StageProblem;
  readonly pooled: readonly [number, number] | StageProblem;
}

function plan(input: Matrix, kernel: Matrix, { conv, pool }: PipelineConfig): Plan {
  const { stride, padding, dilation } = conv;
  const h = outputSize(input.height, kernel.height, stride, padding, dilation);
  const w = outputSize(input.width, kernel.width, stride, padding, dilation);
  if (h < 1 || w < 1) {
    const window = [(kernel.height - 1) * dilation + 1, (kernel.width - 1) * dilation + 1] as const;
    const padded = [input.height + 2 * padding, input.width + 2 * padding] as const;
    const problem: StageProblem = { kind: 'kernelTooLarge', window, input: padded };
    return { feature: problem, pooled: problem };
  }
  const ph = pooledSize(h, pool.size, pool.stride, pool.edge);
  const pw = pooledSize(w, pool.size, pool.stride, pool.edge);
  const pooled: Plan['pooled'] =
    ph < 1 || pw < 1 ? { kind: 'windowTooLarge', window: pool.size, input: [h, w] } : [ph, pw];
  return { feature: [h, w], pooled };
}

const cells = (shape: Plan['feature']) => ('kind' in shape ? 0 : shape[0] * shape[1]);

/**
 * Runs every stage for each kernel: convolution, then pooling and activation, in the order
 * the configuration asks for. The default configuration is the seed's (SEED_CONFIG).
 * A stage whose window does not fit gets a `problem` instead of a map; later stages that
 * depend on it get `noInput`. Nothing throws for a too-large window; invalid settings
 * (a stride of 0, say) throw the core's RangeError.
 *
 * Every map of one run shares one buffer: allocating a typed array costs microseconds
 * (more than the 9x9 example's whole arithmetic), so the run makes one allocation, not one
 * per map.
 */
export function runPipeline(
  input: Matrix,
  kernels: readonly Matrix[],
  config: PipelineConfig = SEED_CONFIG,
): KernelResult[] {
  validateConfig(config);
  const plans = kernels.map((kernel) => plan(input, kernel, config));
  const total = plans.reduce((n, p) => n + 2 * cells(p.feature) + cells(p.pooled), 0);
  const buffer = new Float64Array(total).buffer;
  let offset = 0;
  const take = ([height, width]: readonly [number, number]): Matrix => {
    const data = new Float64Array(buffer, offset * 8, height * width);
    offset += height * width;
    return { height, width, data };
  };
  const { conv } = config;
  const src =
    conv.padding > 0
      ? pad2d(input, {
          top: conv.padding,
          right: conv.padding,
          bottom: conv.padding,
          left: conv.padding,
        })
      : input;
  const wasm = beginWasmRun(src, maxCells(plans, 'feature'), maxCells(plans, 'pooled'));
  return kernels.map((kernel, k) => {
    const { feature: featureShape, pooled: pooledShape } = plans[k]!;
    if ('kind' in featureShape) {
      return { feature: { map: null, problem: featureShape }, pooled: noInput, activated: noInput };
    }
    const feature = take(featureShape);
    const activated = take(featureShape);
    const inWasm = convolveInto(src, kernel, config, wasm, feature, activated);
    if ('kind' in pooledShape) {
      return {
        feature: { map: feature },
        pooled: { map: null, problem: pooledShape },
        activated: { map: activated },
      };
    }
    const pooled = take(pooledShape);
    poolStageInto(config, feature, activated, inWasm, pooled);
    return { feature: { map: feature }, pooled: { map: pooled }, activated: { map: activated } };
  });
}

/**
 * Fills one kernel's feature and activated maps. The WebAssembly path takes the common case
 * (3x3, stride 1, two columns or more, ReLU fused); the JavaScript loops take the rest, and
 * everything on an engine without WebAssembly SIMD. Returns the run when its memory now
 * holds these maps (the feature map, and the ReLU map when the activation is ReLU).
 */
function convolveInto(
  src: Matrix,
  kernel: Matrix,
  { conv, activation }: PipelineConfig,
  wasm: WasmRun | null,
  feature: Matrix,
  activated: Matrix,
): WasmRun | null {
  const divisor = convDivisor(kernel, conv);
  const is3x3 = kernel.height === 3 && kernel.width === 3;
  const run = wasm && is3x3 && conv.stride === 1 && feature.width >= 2 ? wasm : null;
  const relu = activation === 'relu';
  if (run) {
    run.convolve3x3(kernel, conv.dilation, divisor, conv.bias, feature, relu ? activated : null);
  } else correlateInto(src, kernel, conv.stride, conv.dilation, conv.bias, divisor, feature);
  if (!run || !relu) activateInto(feature, activation, activated);
  return run;
}

/** Fills one kernel's pooled map from its feature map (or activated map in chain order). */
function poolStageInto(
  { pool, order, activation }: PipelineConfig,
  feature: Matrix,
  activated: Matrix,
  run: WasmRun | null,
  pooled: Matrix,
): void {
  const chain = order === 'chain';
  const source = chain ? activated : feature;
  const isMax = pool.kind === 'max';
  const zeroPad = pool.edge === 'pad';
  const seedWindow = pool.size === 2 && pool.stride === 2;
  // The run's memory holds the source map unless chain order follows a JavaScript activation.
  if (run && seedWindow && (!chain || activation === 'relu')) {
    const rows = fullWindows(source.height, 2, 2, pooled.height);
    const cols = fullWindows(source.width, 2, 2, pooled.width);
    if (cols >= 2) {
      run.pool2x2(chain, isMax, rows, cols, pooled);
      poolEdgesInto(source, isMax, 2, 2, zeroPad, rows, cols, pooled);
      return;
    }
  }
  poolInto(source, isMax, pool.size, pool.stride, zeroPad, pooled);
}

/** The largest map of one stage over every kernel's plan, in cells. */
function maxCells(plans: readonly Plan[], stage: keyof Plan): number {
  return plans.reduce((n, p) => Math.max(n, cells(p[stage])), 0);
}
