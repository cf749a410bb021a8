// The network file (plain JSON that the app saves and other tools read) and the validated
// Network that parseNetwork makes from it. Weights are stored flat, in the file's index order.

/** [channels, height, width] of a tensor, as PyTorch's C x H x W. */
export type Shape3 = readonly [channels: number, height: number, width: number];

/** One layer of a network file. Defaults are given in parseNetwork's documentation. */
export type LayerJson =
  | {
      type: 'conv2d';
      /** [out][in][kh][kw] */
      weight: number[][][][];
      /** [out] */
      bias: number[];
      stride?: number;
      padding?: number;
      dilation?: number;
      divisor?: number;
    }
  | { type: 'pad'; top: number; right: number; bottom: number; left: number; value?: number }
  | { type: 'maxPool2d' | 'avgPool2d'; size: number; stride?: number }
  | { type: 'relu' | 'sigmoid' | 'tanh' }
  | { type: 'leakyRelu'; slope?: number }
  | { type: 'flatten' }
  | { type: 'linear'; /** [out][in] */ weight: number[][]; bias: number[] };

/** The network file. */
export interface NetworkJson {
  input: [channels: number, height: number, width: number];
  /** One name per output of the last layer. */
  classes?: string[];
  layers: LayerJson[];
}

/** A convolution: weight flat in [out][in][kh][kw] order, bias [out]. */
export interface Conv2dLayer {
  readonly type: 'conv2d';
  readonly outChannels: number;
  readonly inChannels: number;
  readonly kernelHeight: number;
  readonly kernelWidth: number;
  readonly weight: Float64Array;
  readonly bias: Float64Array;
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
  readonly divisor: number;
}

export interface PadLayer {
  readonly type: 'pad';
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  readonly value: number;
}

export interface PoolLayer {
  readonly type: 'maxPool2d' | 'avgPool2d';
  readonly size: number;
  readonly stride: number;
}

export interface ActivationLayer {
  readonly type: 'relu' | 'sigmoid' | 'tanh';
}

export interface LeakyReluLayer {
  readonly type: 'leakyRelu';
  readonly slope: number;
}

export interface FlattenLayer {
  readonly type: 'flatten';
}

/** A fully connected layer: weight flat in [out][in] order, bias [out]. */
export interface LinearLayer {
  readonly type: 'linear';
  readonly outFeatures: number;
  readonly inFeatures: number;
  readonly weight: Float64Array;
  readonly bias: Float64Array;
}

export type Layer =
  | Conv2dLayer
  | PadLayer
  | PoolLayer
  | ActivationLayer
  | LeakyReluLayer
  | FlattenLayer
  | LinearLayer;

/** A layer with weights: the ones training changes. */
export type ParamLayer = Conv2dLayer | LinearLayer;

declare const validated: unique symbol;

/**
 * A validated network: made only by parseNetwork (or by the core's functions that return
 * one), so every shape chains and every number is finite. `shapes[i]` is the output shape
 * of `layers[i]`; a flattened output is n x 1 x 1.
 */
export interface Network {
  readonly [validated]: true;
  readonly input: Shape3;
  readonly classes?: readonly string[];
  readonly layers: readonly Layer[];
  readonly shapes: readonly Shape3[];
}

/**
 * What parseNetwork accepts, so that no file can make the core hang or allocate without
 * bound. The app shows pictures up to 64x64 and at most 8 kernels a block; these leave room.
 */
export const NETWORK_LIMITS = {
  layers: 32,
  channels: 16,
  /** The input's height and width. */
  inputSide: 64,
  /** Any layer's output height and width. */
  side: 128,
  kernelSide: 9,
  stride: 8,
  dilation: 8,
  padding: 8,
  poolSize: 8,
  linearInputs: 16384,
  linearOutputs: 64,
  classNameLength: 40,
  /** Multiply-adds of one forward pass. */
  multiplyAdds: 20_000_000,
} as const;

/** True for the layers that have weights. */
export function isParamLayer(layer: Layer): layer is ParamLayer {
  return layer.type === 'conv2d' || layer.type === 'linear';
}
