import {
  forward,
  lossAndGradients,
  matrixFromTensor,
  asTensor,
  type Matrix,
  type Conv2dLayer,
  type Network,
  type Tensor,
} from '../core';
import type { BlockAt } from './blockMaps';

/** What one training step on the current picture would push, for a label the class chose. */
export interface PageGradients {
  readonly label: number;
  /** -log p(label). */
  readonly loss: number;
  readonly probabilities: Float64Array;
  /** d loss / d score of each class: p - 1 for the label, p for the others. */
  readonly dScores: Float64Array;
  /** d loss / d weight of each first-block kernel, in the kernel's shape. */
  readonly kernels: readonly Matrix[];
  /** d loss / d pixel (for a colour picture, summed over its channels). */
  readonly input: Matrix;
  /** d loss / d (feature-map cell) of each first-block kernel, before the activation. */
  readonly features: readonly Matrix[];
  /** The first block's input and its convolution, to explain a kernel's gradient. */
  readonly picture: Matrix;
  readonly network: Network;
  /** The network's input (one channel, or a colour picture's three), for later layers. */
  readonly inputTensor: Tensor;
  /** d loss / d (every layer's output) and every layer's parameter gradients. */
  readonly outputGradients: readonly Tensor[];
  readonly layers: ReturnType<typeof lossAndGradients>['gradients']['layers'];
}

/**
 * Every gradient of the page's network on its picture for `label`, by the core's
 * lossAndGradients (the same numbers PyTorch's autograd gives; see test/core). For a colour
 * picture (a tensor of three channels) the kernels' gradients and their explanations are the
 * red slices' (channel 0), and a pixel's gradient is the sum over its three channels: d loss
 * / d (the pixel brightened in every channel alike).
 */
export function pageGradients(
  network: Network,
  first: BlockAt,
  picture: Matrix | Tensor,
  label: number,
): PageGradients {
  const result = lossAndGradients(network, asTensor(picture), label);
  const conv = result.gradients.layers[first.conv]!;
  if (conv.type !== 'conv2d') throw new RangeError('pageGradients: layer 0 must be conv2d');
  const size = conv.kernelHeight * conv.kernelWidth;
  const kernels = Array.from({ length: conv.outChannels }, (_, k) => ({
    height: conv.kernelHeight,
    width: conv.kernelWidth,
    data: conv.weight.slice(k * conv.inChannels * size, k * conv.inChannels * size + size),
  }));
  const features = result.outputGradients[first.conv]!;
  const dScores = result.probabilities.map((p, c) => (c === label ? p - 1 : p));
  return {
    label,
    loss: result.loss,
    probabilities: result.probabilities,
    dScores,
    kernels,
    input: pixelGradient(result.inputGradient),
    features: Array.from({ length: features.channels }, (_, k) => matrixFromTensor(features, k)),
    picture: 'channels' in picture ? matrixFromTensor(picture, 0) : picture,
    network,
    inputTensor: asTensor(picture),
    outputGradients: result.outputGradients,
    layers: result.gradients.layers,
  };
}

/** One window's part of a kernel weight's gradient: d loss / d cell × the pixel it weighs. */
export interface GradientTerm {
  /** The feature-map cell (row-major index). */
  readonly cell: number;
  readonly dCell: number;
  readonly pixel: number;
  readonly product: number;
}

/** How weight `index` of first-block kernel k gets its gradient, largest terms first. */
export interface KernelWeightGradient {
  readonly terms: readonly GradientTerm[];
  readonly divisor: number;
  readonly gradient: number;
}

/**
 * d loss / d w = Σ over the feature map's cells of d loss / d cell × the pixel the weight
 * multiplies in that cell's window, ÷ the divisor (the chain rule through the convolution).
 */
export function kernelWeightGradient(
  g: PageGradients,
  k: number,
  index: number,
): KernelWeightGradient | null {
  const conv = g.network.layers[0];
  const dFeature = g.features[k];
  if (conv?.type !== 'conv2d' || !dFeature) return null;
  return weightGradient(conv, g.picture, dFeature, index);
}

/**
 * The chain rule for weight `index` of one slice of a convolution: `source` is the channel
 * the slice reads (the picture, or a map of the block before), `dFeature` d loss / d cell of
 * the kernel's feature map.
 */
export function weightGradient(
  conv: Conv2dLayer,
  source: Matrix,
  dFeature: Matrix,
  index: number,
): KernelWeightGradient {
  const { kernelWidth: kw, stride, padding, dilation, divisor } = conv;
  const i = Math.floor(index / kw);
  const j = index % kw;
  const terms: GradientTerm[] = [];
  let sum = 0;
  for (let cell = 0; cell < dFeature.data.length; cell++) {
    const r = Math.floor(cell / dFeature.width) * stride - padding + i * dilation;
    const q = (cell % dFeature.width) * stride - padding + j * dilation;
    const inside = r >= 0 && q >= 0 && r < source.height && q < source.width;
    const pixel = inside ? source.data[r * source.width + q]! : 0;
    const dCell = dFeature.data[cell]!;
    const product = dCell * pixel;
    sum += product;
    if (product !== 0) terms.push({ cell, dCell, pixel, product });
  }
  terms.sort((a, b) => Math.abs(b.product) - Math.abs(a.product));
  return { terms, divisor, gradient: sum / divisor };
}

/** The change plain SGD makes to a weight: -learning rate × (gradient + decay × weight). */
export function sgdChange(gradient: number, learningRate: number, weight = 0, decay = 0): number {
  return -learningRate * (gradient + decay * weight);
}

/** The features the votes read (the flatten layer's output), for the vote gradients. */
export function flattened(network: Network, picture: Matrix | Tensor): Float64Array {
  const outputs = forward(network, asTensor(picture));
  return outputs[outputs.length - 2]!.data;
}

/**
 * Adam's change on its first step (torch.optim.Adam's update with zero moments): m = (1 - b1)
 * g and v = (1 - b2) g², bias-corrected to m̂ = g and v̂ = g², so the change is
 * -lr × g / (|g| + eps): about the learning rate, in the gradient's opposite direction.
 */
export function adamFirstChange(gradient: number, learningRate: number, epsilon = 1e-8): number {
  const m = 0.1 * gradient;
  const v = 0.001 * gradient * gradient;
  const mHat = m / (1 - 0.9);
  const vHat = v / (1 - 0.999);
  return (-learningRate * mHat) / (Math.sqrt(vHat) + epsilon) + 0;
}

/** d loss / d pixel: one channel's gradient, or the sum of every channel's at that pixel. */
function pixelGradient(g: Tensor): Matrix {
  if (g.channels === 1) return matrixFromTensor(g);
  const plane = g.height * g.width;
  const data = new Float64Array(plane);
  for (let c = 0; c < g.channels; c++) {
    for (let i = 0; i < plane; i++) data[i] = data[i]! + g.data[c * plane + i]!;
  }
  return { height: g.height, width: g.width, data };
}

/** A later block's kernel gradients: d loss / d weight of slice c of kernel k, and the chain. */
export interface LaterKernelGradients {
  readonly conv: Conv2dLayer;
  /** `slices[k][c]`: d loss / d weight, in the slice's shape. */
  readonly slices: readonly (readonly Matrix[])[];
  /** The maps the convolution reads (the block before's pooled maps), channel by channel. */
  readonly sources: readonly Matrix[];
  /** d loss / d cell of each kernel's feature map. */
  readonly features: readonly Matrix[];
}

/** The gradients of the convolution at layer `convAt` (a later block's), from the page's. */
export function laterKernelGradients(
  g: PageGradients,
  convAt: number,
): LaterKernelGradients | null {
  const conv = g.network.layers[convAt];
  const grads = g.layers[convAt];
  if (conv?.type !== 'conv2d' || grads?.type !== 'conv2d' || convAt === 0) return null;
  const outputs = forward(g.network, g.inputTensor);
  const source = outputs[convAt - 1]!;
  const { outChannels, inChannels, kernelHeight: kh, kernelWidth: kw } = conv;
  const size = kh * kw;
  const slices = Array.from({ length: outChannels }, (_, k) =>
    Array.from({ length: inChannels }, (_, c) => {
      const from = (k * inChannels + c) * size;
      return { height: kh, width: kw, data: grads.weight.slice(from, from + size) };
    }),
  );
  const dOut = g.outputGradients[convAt]!;
  return {
    conv,
    slices,
    sources: Array.from({ length: inChannels }, (_, c) => matrixFromTensor(source, c)),
    features: Array.from({ length: outChannels }, (_, k) => matrixFromTensor(dOut, k)),
  };
}
