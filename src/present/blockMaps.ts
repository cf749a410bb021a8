import { matrixFromTensor, type Matrix, type Network, type Tensor } from '../core';

/** Where a block's maps are among a network's layer outputs (as decisionNetwork says). */
export interface BlockAt {
  readonly conv: number;
  readonly activation: number;
  readonly pool: number;
}

/** One kernel's maps in a block: its feature map, activated map and pooled map. */
export interface KernelMaps {
  readonly feature: Matrix;
  readonly activated: Matrix;
  readonly pooled: Matrix;
}

/**
 * The maps of block `b` (from 0) for one picture, kernel by kernel, read from the outputs
 * of `forward` (views into them, no copies).
 */
export function blockMaps(outputs: readonly Tensor[], at: BlockAt): KernelMaps[] {
  const conv = outputs[at.conv]!;
  return Array.from({ length: conv.channels }, (_, k) => ({
    feature: matrixFromTensor(conv, k),
    activated: matrixFromTensor(outputs[at.activation]!, k),
    pooled: matrixFromTensor(outputs[at.pool]!, k),
  }));
}

/** The map ids of block B >= 2, as the page's contract names them: conv2-0, relu2-0, pool2-0. */
export function blockMapId(kind: 'kernel' | 'conv' | 'relu' | 'pool', b: number, k: number) {
  return `${kind}${b}-${k}`;
}

/** One input channel's part of a later block's feature-map cell. */
export interface ChannelSum {
  readonly channel: number;
  /** input × weight over the kernel's window on this channel, row first. */
  readonly terms: readonly { readonly input: number; readonly weight: number }[];
  readonly sum: number;
}

/** How a feature-map cell of a later block is made: the sum over channels, divided, + bias. */
export interface LaterCellExplanation {
  readonly channels: readonly ChannelSum[];
  readonly total: number;
  readonly divisor: number;
  readonly bias: number;
  readonly value: number;
}

/**
 * Explains cell `index` (row first) of feature map k of the convolution at layer `convAt`:
 * every channel's products and sum (padding reads 0), the total over channels, the divisor
 * and the bias; `value` is what the network computed.
 */
export function explainLaterCell(
  net: Network,
  outputs: readonly Tensor[],
  convAt: number,
  k: number,
  index: number,
): LaterCellExplanation | null {
  const layer = net.layers[convAt];
  const source = convAt === 0 ? null : outputs[convAt - 1];
  const out = outputs[convAt];
  if (layer?.type !== 'conv2d' || !source || !out || index < 0) return null;
  if (index >= out.height * out.width || k >= out.channels) return null;
  const { kernelHeight: kh, kernelWidth: kw, stride, padding, dilation, inChannels } = layer;
  const row = Math.floor(index / out.width);
  const col = index % out.width;
  const channels: ChannelSum[] = [];
  let total = 0;
  for (let c = 0; c < inChannels; c++) {
    const terms: { input: number; weight: number }[] = [];
    let sum = 0;
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) {
        const r = row * stride - padding + i * dilation;
        const q = col * stride - padding + j * dilation;
        const inside = r >= 0 && q >= 0 && r < source.height && q < source.width;
        const input = inside ? source.data[(c * source.height + r) * source.width + q]! : 0;
        const weight = layer.weight[((k * inChannels + c) * kh + i) * kw + j]!;
        terms.push({ input, weight });
        sum += input * weight;
      }
    }
    channels.push({ channel: c, terms, sum });
    total += sum;
  }
  const bias = layer.bias[k]!;
  const value = out.data[k * out.height * out.width + index]!;
  return { channels, total, divisor: layer.divisor, bias, value };
}
