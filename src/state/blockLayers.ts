import {
  edgePadding,
  outputSize,
  toRows,
  type ActivationKind,
  type ConvSettings,
  type LayerJson,
  type Matrix,
  type PoolSettings,
} from '../core';
import type { AppState } from './appState';
import { kernelStacks, type ColorChannels } from './colorChannels';

type Slices = Pick<ColorChannels, 'slices'>;

/** Where a block's maps are among the network's layer outputs (indices into `forward`). */
export interface BlockLayers {
  readonly conv: number;
  readonly activation: number;
  readonly pool: number;
}

/** Why the page's blocks make no network. */
export type BlocksProblem =
  /** Kernels of different sizes cannot be one convolution layer. */
  | { readonly kind: 'kernelSizes'; readonly block: number }
  /** Ceil-mode pooling is a zero edge only after an activation that is never negative. */
  | { readonly kind: 'ceilEdge'; readonly block: number };

interface BlockSpec {
  readonly kernels: readonly (readonly Matrix[])[];
  readonly conv: ConvSettings;
  readonly pool: PoolSettings;
  readonly activation: ActivationKind;
}

/**
 * Every block of the page as one list: the first from `kernels` (and a colour picture's
 * slices) and `config`, then `blocks`.
 */
export function blockSpecs(
  state: Pick<AppState, 'kernels' | 'config' | 'blocks'> & { readonly color: Slices | null },
): BlockSpec[] {
  const { conv, pool, activation } = state.config;
  const kernels = kernelStacks(state);
  return [{ kernels, conv, pool, activation }, ...state.blocks];
}

/**
 * The core's layers of the page's blocks, each block the usual chain: conv -> activation ->
 * (the zero row and column of the pooling edge `pad`) -> pooling. For max pooling with ReLU
 * this is exactly the seed's branched pooled maps after ReLU. Also where each block's maps
 * are, and the shape after the last block.
 */
export function blockLayers(
  state: Pick<AppState, 'input' | 'kernels' | 'config' | 'blocks'> & {
    readonly color: Slices | null;
  },
): { layers: LayerJson[]; blocks: BlockLayers[] } | { problem: BlocksProblem } {
  const layers: LayerJson[] = [];
  const blocks: BlockLayers[] = [];
  let [height, width] = [state.input.height, state.input.width];
  for (const [b, spec] of blockSpecs(state).entries()) {
    const { kernels, conv, pool, activation } = spec;
    const first = kernels[0]?.[0];
    if (first === undefined) return { problem: { kind: 'kernelSizes', block: b } };
    const fits = kernels.every((slices) =>
      slices.every((m) => m.height === first.height && m.width === first.width),
    );
    if (!fits) return { problem: { kind: 'kernelSizes', block: b } };
    const cells = first.height * first.width * kernels[0]!.length;
    layers.push({
      type: 'conv2d',
      weight: kernels.map((slices) => slices.map(toRows)),
      bias: kernels.map(() => conv.bias),
      stride: conv.stride,
      padding: conv.padding,
      dilation: conv.dilation,
      divisor: conv.normalize ? cells : 1,
    });
    const convAt = layers.length - 1;
    layers.push(activation === 'leakyRelu' ? { type: 'leakyRelu' } : { type: activation });
    const activationAt = layers.length - 1;
    const { stride, padding, dilation } = conv;
    height = outputSize(height, first.height, stride, padding, dilation);
    width = outputSize(width, first.width, stride, padding, dilation);
    if (pool.edge !== 'drop') {
      const nonNegative = activation === 'relu' || activation === 'sigmoid';
      if (pool.edge === 'ceil' && !(pool.kind === 'max' && nonNegative)) {
        return { problem: { kind: 'ceilEdge', block: b } };
      }
      const bottom = Math.max(0, edgePadding(height, pool.size, pool.stride));
      const right = Math.max(0, edgePadding(width, pool.size, pool.stride));
      if (bottom > 0 || right > 0) layers.push({ type: 'pad', top: 0, right, bottom, left: 0 });
      height += bottom;
      width += right;
    }
    layers.push({
      type: pool.kind === 'max' ? 'maxPool2d' : 'avgPool2d',
      size: pool.size,
      stride: pool.stride,
    });
    blocks.push({ conv: convAt, activation: activationAt, pool: layers.length - 1 });
    height = outputSize(height, pool.size, pool.stride, 0, 1);
    width = outputSize(width, pool.size, pool.stride, 0, 1);
  }
  return { layers, blocks };
}
