import type { KernelResult, Matrix, Stage } from '../core';
import type { AppState } from '../state';
import { colorParts, firstBlockMaps, type ColorParts } from './firstBlockMaps';

/** The first block of a state: a colour picture's parts (or null) and every kernel's maps. */
export interface FirstBlock {
  readonly parts: ColorParts | null;
  readonly results: readonly KernelResult[];
}

type Inputs = Pick<AppState, 'input' | 'kernels' | 'config' | 'color'>;

let last: { readonly of: Inputs; readonly block: FirstBlock } | null = null;

/**
 * The first block's maps of `state`, computed once for the same picture, kernels, settings
 * and colour (compared by identity, as the reducer replaces what it changes): the page and
 * the maps that paint themselves between renders (liveMaps) read the same results.
 */
export function firstBlockOf(state: Inputs): FirstBlock {
  const { input, kernels, config, color } = state;
  const of = last?.of;
  const samePicture = of?.input === input && of.kernels === kernels && of.color === color;
  if (samePicture && of.config === config) return last!.block;
  // Only the settings changed: the colour parts stay.
  const parts = samePicture ? last!.block.parts : colorParts(state);
  const block = { parts, results: firstBlockMaps(state, parts) };
  last = { of: { input, kernels, config, color }, block };
  return block;
}

/** The map of one stage of a kernel's result: `conv` the feature map, `pool`, `relu`. */
export function stageOf(result: KernelResult, map: 'conv' | 'pool' | 'relu'): Stage {
  return map === 'conv' ? result.feature : map === 'pool' ? result.pooled : result.activated;
}

/** A stage's shape, or why it has no map: what a map card draws besides the numbers. */
function shapeOf(stage: Stage): string {
  const m: Matrix | null = stage.map;
  return m ? `${m.height}x${m.width}` : `none:${JSON.stringify(stage.problem ?? null)}`;
}

/**
 * Whether two first blocks differ only in their numbers: the same kernels, each stage of the
 * same shape (or without a map for the same reason). Then the map cards keep their elements
 * and only repaint.
 */
export function sameStructure(a: readonly KernelResult[], b: readonly KernelResult[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((r, k) => {
    const s = b[k]!;
    return (
      shapeOf(r.feature) === shapeOf(s.feature) &&
      shapeOf(r.pooled) === shapeOf(s.pooled) &&
      shapeOf(r.activated) === shapeOf(s.activated)
    );
  });
}
