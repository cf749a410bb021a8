import { createTensor, type Matrix, type Tensor } from '../core';
import type { AppState } from './appState';

/**
 * A colour picture's other channels (issue 11). With colour, the picture is three channels,
 * red, green and blue, each in [-1, +1] like a gray picture (-1 none of that colour, +1 all
 * of it), and every kernel of the first block has three slices, one per channel.
 *
 * The state keeps the red channel in `input` and the red slices in `kernels`, so that
 * everything that only needs the picture's size, or a kernel's size, reads them as before;
 * the green and blue channels and slices are here.
 */
export interface ColorChannels {
  readonly green: Matrix;
  readonly blue: Matrix;
  /** Kernel k's green and blue slices: `slices[k] = [green, blue]`. */
  readonly slices: readonly (readonly [Matrix, Matrix])[];
}

/** Whether two matrices (channels, slices) have one shape. */
export const sameShape = (a: Matrix, b: Matrix): boolean =>
  a.height === b.height && a.width === b.width;

/** The names of the channels, in order. */
export const COLOR_CHANNELS = ['red', 'green', 'blue'] as const;
export type ColorChannel = (typeof COLOR_CHANNELS)[number];

type Picture = Pick<AppState, 'input' | 'color'>;

/** The picture's channels: the gray picture alone, or red, green and blue. */
export function pictureChannels({ input, color }: Picture): Matrix[] {
  return color ? [input, color.green, color.blue] : [input];
}

/** The first block's kernels as stacks of slices, `[k][channel]`. */
export function kernelStacks({
  kernels,
  color,
}: Pick<AppState, 'kernels'> & {
  readonly color: Pick<ColorChannels, 'slices'> | null;
}): Matrix[][] {
  return kernels.map((kernel, k) => {
    const more = color?.slices[k];
    return more ? [kernel, ...more] : [kernel];
  });
}

/** The picture as the network's input: one channel, or three ([channel][row][col]). */
export function pictureTensor(picture: Picture): Tensor {
  const channels = pictureChannels(picture);
  const { height, width } = picture.input;
  const t = createTensor(channels.length, height, width);
  channels.forEach((m, c) => t.data.set(m.data, c * height * width));
  return t;
}

// Rec. 709 luma, as imageToInput takes a picture's gray.
const LUMA = [0.2126, 0.7152, 0.0722] as const;

/** The gray of a colour picture (Rec. 709 luma of its channels); the gray picture itself. */
export function pictureGray({ input, color }: Picture): Matrix {
  if (!color) return input;
  const data = new Float64Array(input.data.length);
  for (let i = 0; i < data.length; i++) {
    const v =
      LUMA[0] * input.data[i]! + LUMA[1] * color.green.data[i]! + LUMA[2] * color.blue.data[i]!;
    data[i] = Math.min(1, Math.max(-1, v));
  }
  return { height: input.height, width: input.width, data };
}

/**
 * One slice for a kernel of three: their mean when the convolution divides by its cells (so
 * a gray picture's maps stay as they were: the divisor goes from kh·kw·3 to kh·kw), their sum
 * when it does not (the same, without a divisor).
 */
export function sliceOf(stack: readonly Matrix[], normalize: boolean): Matrix {
  const [first] = stack;
  const data = new Float64Array(first!.data.length);
  for (const m of stack) for (let i = 0; i < data.length; i++) data[i] = data[i]! + m.data[i]!;
  if (normalize) for (let i = 0; i < data.length; i++) data[i] = data[i]! / stack.length;
  return { height: first!.height, width: first!.width, data };
}
