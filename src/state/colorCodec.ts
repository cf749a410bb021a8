import type { Matrix } from '../core';
import { sameShape, type ColorChannels } from './colorChannels';
import { validInput, validKernel } from './limits';
import { decodeKernel, decodeMatrix, encodeKernel, encodeMatrix } from './matrixCodec';

/**
 * A colour picture's green and blue channels and the kernels' green and blue slices as one
 * link part, `rgb=<green>~<blue>~<kernel 1 green>~<kernel 1 blue>~<kernel 2 green>~...`:
 * channels as the picture (`in=`) is written, slices as kernels (`k=`) are.
 */
export function encodeColor(color: ColorChannels): string {
  const slices = color.slices.flatMap(([green, blue]) => [encodeKernel(green), encodeKernel(blue)]);
  return [encodeMatrix(color.green), encodeMatrix(color.blue), ...slices].join('~');
}

/**
 * The colour channels an `rgb=` part holds for this red channel and these red slices, or
 * null when a channel or slice is malformed, out of range or of another shape than its red
 * one.
 */
export function decodeColor(
  text: string,
  input: Matrix,
  kernels: readonly Matrix[],
): ColorChannels | null {
  const [greenText, blueText, ...sliceTexts] = text.split('~');
  if (greenText === undefined || blueText === undefined) return null;
  const green = decodeMatrix(greenText);
  const blue = decodeMatrix(blueText);
  if (!green || !blue || !validInput(green) || !validInput(blue)) return null;
  if (!sameShape(green, input) || !sameShape(blue, input)) return null;
  if (sliceTexts.length !== 2 * kernels.length) return null;
  const slices: (readonly [Matrix, Matrix])[] = [];
  for (const [k, red] of kernels.entries()) {
    const g = decodeKernel(sliceTexts[2 * k]!);
    const b = decodeKernel(sliceTexts[2 * k + 1]!);
    if (!g || !b || !validKernel(g) || !validKernel(b)) return null;
    if (!sameShape(g, red) || !sameShape(b, red)) return null;
    slices.push([g, b]);
  }
  return { green, blue, slices };
}
