import type { ActivationKind, ConvSettings, Matrix, PoolSettings } from '../core';

/**
 * Edits of the blocks after the first. `b` counts blocks from 1 as the page does (block 1 is
 * the first block, edited by the kernel and settings actions), so these take b = 2 or 3.
 */
export type BlockAction =
  /** Adds a block after the last, with the default kernels for its channels (up to three). */
  | { readonly type: 'addBlock' }
  /** Removes block b; the next block keeps its kernels, cut or grown to the new channels. */
  | { readonly type: 'removeBlock'; readonly b: number }
  | { readonly type: 'setBlockConv'; readonly b: number; readonly conv: Partial<ConvSettings> }
  | { readonly type: 'setBlockPool'; readonly b: number; readonly pool: Partial<PoolSettings> }
  | { readonly type: 'setBlockActivation'; readonly b: number; readonly activation: ActivationKind }
  /** Weight `index` (row first) of slice c of kernel k of block b. */
  | {
      readonly type: 'setBlockWeight';
      readonly b: number;
      readonly k: number;
      readonly c: number;
      readonly index: number;
      readonly value: number;
    }
  /** Kernel k of block b replaced by these slices (one per channel of its input). */
  | {
      readonly type: 'setBlockKernel';
      readonly b: number;
      readonly k: number;
      readonly slices: readonly Matrix[];
    }
  | { readonly type: 'addBlockKernel'; readonly b: number }
  | { readonly type: 'removeBlockKernel'; readonly b: number; readonly k: number };
