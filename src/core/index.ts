// The public API of the core: pure functions on row-major float64 matrices, usable from the
// app, from Node scripts and from tests. This file only re-exports.
export { createMatrix, extent, fromRows, toRows, valueAt, type Matrix } from './matrix';
export { ceilOutputSize, edgePadding, outputSize } from './outputSize';
export { pad2d, type Padding } from './pad2d';
export { conv2d, type Conv2dOptions } from './conv2d';
export { avgPool2d, maxPool2d, pool2d, type Pool2dOptions, type PoolKind } from './pool2d';
export {
  activate,
  activationOf,
  leakyRelu,
  relu,
  sigmoid,
  tanh,
  LEAKY_RELU_SLOPE,
  type ActivationKind,
} from './activation';
export {
  SEED_CONFIG,
  type ConvSettings,
  type PipelineConfig,
  type PoolEdge,
  type PoolSettings,
  type StageOrder,
} from './pipelineConfig';
export {
  convDivisor,
  poolSource,
  runPipeline,
  type KernelResult,
  type Stage,
  type StageProblem,
} from './pipeline';
export { SEED_KERNELS, SEED_O, SEED_X } from './presets';
export {
  convWindow,
  featureShape,
  pixelInfluence,
  pooledInputRegion,
  pooledShape,
  poolWindow,
  type Influence,
  type Shape,
  type WindowCell,
} from './receptiveField';
