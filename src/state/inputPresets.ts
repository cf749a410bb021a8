import { createMatrix, SEED_O, SEED_X, type Matrix } from '../core';

/** The pictures the toolbar offers. */
export type InputPreset = 'x' | 'o' | 'blank';

export const INPUT_PRESETS: readonly InputPreset[] = ['x', 'o', 'blank'];

/** The picture for a preset: the seed's X, the example's O, or all background (-1). */
export function inputPreset(preset: InputPreset): Matrix {
  switch (preset) {
    case 'x':
      return SEED_X;
    case 'o':
      return SEED_O;
    case 'blank':
      return createMatrix(9, 9, -1);
  }
}

/** Swaps stroke and background: every value v becomes -v. */
export function invert(input: Matrix): Matrix {
  const data = new Float64Array(input.data.length);
  for (let i = 0; i < data.length; i++) data[i] = -input.data[i]! || 0;
  return { height: input.height, width: input.width, data };
}
