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
export { runPipelineChannels } from './pipelineChannels';
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
export {
  asTensor,
  createTensor,
  matrixFromTensor,
  tensorFromArrays,
  tensorFromMatrix,
  tensorToArrays,
  type Tensor,
} from './tensor';
export {
  NETWORK_LIMITS,
  isParamLayer,
  type ActivationLayer,
  type Conv2dLayer,
  type FlattenLayer,
  type Layer,
  type LayerJson,
  type LeakyReluLayer,
  type LinearLayer,
  type Network,
  type NetworkJson,
  type PadLayer,
  type ParamLayer,
  type PoolLayer,
  type Shape3,
} from './networkTypes';
export { parseNetwork } from './parseNetwork';
export { initializeNetwork } from './initializeNetwork';
export { networkToJson } from './networkToJson';
export { classify, forward } from './forward';
export { lossAndGradients } from './lossAndGradients';
export { softmaxInto } from './crossEntropy';
export { createTrainer, type Example, type StepResult, type Trainer } from './trainer';
export { type TrainerOptions } from './trainOptions';
export { train, type TrainOptions, type TrainResult } from './train';
export { type OptimizerSettings } from './optimizer';
export { integerIn, normal, seededRandom, shuffled, uniform, type Random } from './random';
export {
  XO_CLASSES,
  xoExamples,
  type XoExample,
  type XoExampleOptions,
  type XoVariation,
} from './xoExamples';
export { SEED_FEATURES, seedNetworkJson } from './seedNetworkJson';
export { SEED_NETWORK } from './seedNetwork';
export { SEED_VOTES } from './seedVotes';
export { learnSeedVotes, SEED_VOTES_RECIPE } from './seedVotesTraining';
