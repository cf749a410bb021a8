import { networkToJson, XO_CLASSES, type LinearLayer, type Matrix, type Network } from '../core';
import { pictureGray, type ColorChannels } from './colorChannels';
import type { AppState } from './appState';
import { MAX_BLOCKS, type Block } from './block';
import { blockSpecs } from './blockLayers';
import { decisionNetwork } from './decisionNetwork';
import { resizeInput } from './inputPresets';
import { inRange, LIMITS } from './limits';
import { order, readBlock } from './stateFromNetworkBlocks';
import { refusalText, type NetworkRefusal } from './stateFromNetworkRefusal';
import type { Votes } from './votes';

export type { NetworkRefusal } from './stateFromNetworkRefusal';

/** Why the page cannot show a network: an English sentence naming the layer, and its parts. */
export interface NetworkRefused {
  readonly problem: string;
  readonly refusal: NetworkRefusal;
}

function refuse(refusal: NetworkRefusal): NetworkRefused {
  return { problem: refusalText(refusal), refusal };
}

function votesOf(linear: LinearLayer): Votes {
  const { outFeatures, inFeatures, weight, bias } = linear;
  return {
    weight: Array.from({ length: outFeatures }, (_, c) =>
      Array.from(weight.subarray(c * inFeatures, (c + 1) * inFeatures)),
    ),
    bias: Array.from(bias),
  };
}

function sameVotes(a: Votes, b: Votes): boolean {
  return (
    a.bias.length === b.bias.length &&
    a.bias.every((v, c) => v === b.bias[c]) &&
    a.weight.every((row, c) => row.every((v, i) => v === b.weight[c]?.[i]))
  );
}

/** The class names for a file without them: the page's if they fit, else X, O, 3, 4, ... */
function classNames(count: number, before: readonly string[]): readonly string[] {
  if (before.length === count) return before;
  return Array.from({ length: count }, (_, c) => XO_CLASSES[c] ?? `${c + 1}`);
}

/**
 * The page's state for a network file, or why the page cannot show it. The network must be
 * what the page builds (decisionNetwork): one to three blocks of conv2d -> activation ->
 * (the pooling edge's zero rows and columns) -> pooling, then flatten and linear, on a
 * one-channel (gray) or three-channel (colour) input of 3x3 to 64x64, every setting within the page's LIMITS, one bias per
 * block, a divisor of 1 or the kernel's cell count. Everything else comes from `base`: the
 * picture (resized to the file's input if its size differs), the display, the language, the
 * stage order; and where the file cannot tell two settings apart (the seed's zero edge or
 * ceil mode, ...), the one `base` has. Votes equal to those the page derives stay derived
 * (`null`), so a page's own network gives back its state.
 */
export function stateFromNetwork(net: Network, base: AppState): AppState | NetworkRefused {
  const [channels, height, width] = net.input;
  if (channels !== 1 && channels !== 3)
    return refuse({ kind: 'inputChannels', layer: -1, channels });
  if (!inRange(height, LIMITS.grid) || !inRange(width, LIMITS.grid)) {
    return refuse({ kind: 'inputSize', layer: -1, height, width });
  }
  const { layers, shapes } = net;
  const before: readonly Block[] = blockSpecs(base);
  const blocks: Block[] = [];
  let i = 0;
  let size: readonly [number, number] = [height, width];
  while (i < layers.length && layers[i]!.type !== 'flatten') {
    if (blocks.length === MAX_BLOCKS) return refuse({ kind: 'blocks', layer: i, max: MAX_BLOCKS });
    const read = readBlock(layers, i, size, before[blocks.length]);
    if ('refusal' in read) return refuse(read.refusal);
    blocks.push(read.value);
    const shape = shapes[read.next - 1]!;
    size = [shape[1], shape[2]];
    i = read.next;
  }
  if (blocks.length === 0) return refuse(order(layers, i, 'conv2d').refusal);
  if (layers[i]?.type !== 'flatten') return refuse(order(layers, i, 'flatten').refusal);
  const linear = layers[i + 1];
  if (linear?.type !== 'linear') return refuse(order(layers, i + 1, 'linear').refusal);
  if (i + 2 < layers.length) return refuse(order(layers, i + 2, 'end').refusal);
  const count = linear.outFeatures;
  if (count < 2) return refuse({ kind: 'classes', layer: i + 1, count });

  const [first, ...later] = blocks as [Block, ...Block[]];
  const fit = (m: Matrix) =>
    m.height === height && m.width === width ? m : resizeInput(m, height, width);
  // A colour network keeps a colour picture (or sees the gray one in every channel); a gray
  // network sees the picture's gray.
  const gray = fit(pictureGray(base));
  const input = channels === 3 && base.color ? fit(base.input) : gray;
  const color: ColorChannels | null =
    channels === 3
      ? {
          green: base.color ? fit(base.color.green) : gray,
          blue: base.color ? fit(base.color.blue) : gray,
          slices: first.kernels.map((s) => [s[1]!, s[2]!] as const),
        }
      : null;
  const fileClasses = net.classes ? [...net.classes] : classNames(count, base.classes);
  const classes = fileClasses.join('\n') === base.classes.join('\n') ? base.classes : fileClasses;
  const derived: AppState = {
    ...base,
    input,
    kernels: first.kernels.map((slices) => slices[0]!),
    color,
    config: {
      conv: first.conv,
      pool: first.pool,
      activation: first.activation,
      order: base.config.order,
    },
    blocks: later,
    classes,
    votes: null,
  };
  const votes = votesOf(linear);
  const own = decisionNetwork(derived);
  if ('problem' in own) return refuse({ kind: 'mismatch', layer: -1 });
  const ownLinear = own.network.layers.at(-1);
  const keepDerived = ownLinear?.type === 'linear' && sameVotes(votesOf(ownLinear), votes);
  const state = keepDerived ? derived : { ...derived, votes };
  // The page's network for this state must be the file's, layer for layer.
  const check = keepDerived ? own : decisionNetwork(state);
  const same =
    !('problem' in check) &&
    JSON.stringify(networkToJson(check.network).layers) ===
      JSON.stringify(networkToJson(net).layers);
  return same ? state : refuse({ kind: 'mismatch', layer: -1 });
}
