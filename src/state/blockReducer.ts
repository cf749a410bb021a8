import type { Matrix } from '../core';
import type { AppState } from './appState';
import { defaultBlock, MAX_BLOCKS, zeroKernel, type Block } from './block';
import type { BlockAction } from './blockActions';
import { setWeight } from './kernelEdits';
import { LIMITS, validConv, validKernel, validPool } from './limits';
import { ACTIVATIONS } from './settingChoices';

function sameSettings<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}

/** How many maps block b (from 1) puts out. */
export function blockChannels(state: Pick<AppState, 'kernels' | 'blocks'>, b: number): number {
  return b === 1 ? state.kernels.length : (state.blocks[b - 2]?.kernels.length ?? 0);
}

/**
 * The later blocks after block `b` lost its kernel k (`removed`) or gained one at the end:
 * the next block's kernels drop slice k, or gain a zero slice, so they span its maps again.
 */
export function refitAfter(
  blocks: readonly Block[],
  b: number,
  change: { removed: number } | 'added',
): readonly Block[] {
  const next = blocks[b - 1];
  if (!next) return blocks;
  const kernels = next.kernels.map((slices) => {
    if (change !== 'added') return slices.filter((_, c) => c !== change.removed);
    const { height, width } = slices[0]!;
    return [...slices, ...zeroKernel(1, height, width)];
  });
  return blocks.map((block, i) => (i === b - 1 ? { ...block, kernels } : block));
}

/** The block with every kernel cut or grown (zero slices) to `channels` slices. */
function fitSlices(block: Block, channels: number): Block {
  const kernels = block.kernels.map((slices) => {
    const { height, width } = slices[0]!;
    const kept = slices.slice(0, channels);
    return [...kept, ...zeroKernel(channels - kept.length, height, width)];
  });
  return { ...block, kernels };
}

function withBlock(state: AppState, b: number, block: Block): AppState {
  return { ...state, blocks: state.blocks.map((old, i) => (i === b - 2 ? block : old)) };
}

/** The state after an edit of a block after the first; the same state when nothing changes. */
export function blockReducer(state: AppState, action: BlockAction): AppState {
  if (action.type === 'addBlock') {
    if (state.blocks.length + 1 >= MAX_BLOCKS) return state;
    const channels = blockChannels(state, state.blocks.length + 1);
    return { ...state, blocks: [...state.blocks, defaultBlock(channels)] };
  }
  const block = state.blocks[action.b - 2];
  if (!block) return state;
  const { b } = action;
  switch (action.type) {
    case 'removeBlock': {
      const blocks = state.blocks.filter((_, i) => i !== b - 2);
      const next = blocks[b - 2];
      if (!next) return { ...state, blocks };
      const refit = fitSlices(next, blockChannels({ kernels: state.kernels, blocks }, b - 1));
      return { ...state, blocks: blocks.map((block, i) => (i === b - 2 ? refit : block)) };
    }
    case 'setBlockConv': {
      const conv = { ...block.conv, ...action.conv };
      conv.bias += 0; // never store -0
      if (!validConv(conv) || sameSettings(conv, block.conv)) return state;
      return withBlock(state, b, { ...block, conv });
    }
    case 'setBlockPool': {
      const pool = { ...block.pool, ...action.pool };
      if (!validPool(pool) || sameSettings(pool, block.pool)) return state;
      return withBlock(state, b, { ...block, pool });
    }
    case 'setBlockActivation':
      if (!ACTIVATIONS.includes(action.activation) || action.activation === block.activation) {
        return state;
      }
      return withBlock(state, b, { ...block, activation: action.activation });
    case 'setBlockWeight': {
      const slices = block.kernels[action.k];
      if (!slices) return state;
      const edited = setWeight(slices, action.c, action.index, action.value);
      if (edited === slices) return state;
      const kernels = block.kernels.map((s, k) => (k === action.k ? edited : s));
      return withBlock(state, b, { ...block, kernels });
    }
    case 'setBlockKernel': {
      const old = block.kernels[action.k];
      const { slices } = action;
      if (!old || slices.length !== old.length || !slices.every(validKernel)) return state;
      const kernels = block.kernels.map((s, k) => (k === action.k ? slices : s));
      return withBlock(state, b, { ...block, kernels });
    }
    case 'addBlockKernel': {
      if (block.kernels.length >= LIMITS.kernels[1]) return state;
      const { height, width } = block.kernels[0]![0]!;
      const kernel: Matrix[] = zeroKernel(blockChannels(state, b - 1), height, width);
      const edited = withBlock(state, b, { ...block, kernels: [...block.kernels, kernel] });
      return { ...edited, blocks: refitAfter(edited.blocks, b, 'added') };
    }
    case 'removeBlockKernel': {
      if (block.kernels.length <= LIMITS.kernels[0] || !block.kernels[action.k]) return state;
      const kernels = block.kernels.filter((_, k) => k !== action.k);
      const edited = withBlock(state, b, { ...block, kernels });
      return { ...edited, blocks: refitAfter(edited.blocks, b, { removed: action.k }) };
    }
  }
}
