import { fromRows, type Matrix } from './matrix';

// The seed's "X or O" example, after Brandon Rohrer's talk "How convolutional neural networks
// work": 9x9 pictures with -1 for the background and +1 for the stroke.

/** The seed's input: a 9x9 X (pixels -1 and +1). */
export const SEED_X: Matrix = fromRows([
  [-1, -1, -1, -1, -1, -1, -1, -1, -1],
  [-1, 1, -1, -1, -1, -1, -1, 1, -1],
  [-1, -1, 1, -1, -1, -1, 1, -1, -1],
  [-1, -1, -1, 1, -1, 1, -1, -1, -1],
  [-1, -1, -1, -1, 1, -1, -1, -1, -1],
  [-1, -1, -1, 1, -1, 1, -1, -1, -1],
  [-1, -1, 1, -1, -1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1, -1, -1, 1, -1],
  [-1, -1, -1, -1, -1, -1, -1, -1, -1],
]);

/** The O of the same example: a 9x9 ring. */
export const SEED_O: Matrix = fromRows([
  [-1, -1, -1, -1, -1, -1, -1, -1, -1],
  [-1, -1, -1, 1, 1, 1, -1, -1, -1],
  [-1, -1, 1, -1, -1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1, -1, -1, 1, -1],
  [-1, 1, -1, -1, -1, -1, -1, 1, -1],
  [-1, 1, -1, -1, -1, -1, -1, 1, -1],
  [-1, -1, 1, -1, -1, -1, 1, -1, -1],
  [-1, -1, -1, 1, 1, 1, -1, -1, -1],
  [-1, -1, -1, -1, -1, -1, -1, -1, -1],
]);

/** The seed's three 3x3 kernels: main diagonal, X, anti-diagonal. */
export const SEED_KERNELS: readonly Matrix[] = [
  fromRows([
    [1, -1, -1],
    [-1, 1, -1],
    [-1, -1, 1],
  ]),
  fromRows([
    [1, -1, 1],
    [-1, 1, -1],
    [1, -1, 1],
  ]),
  fromRows([
    [-1, -1, 1],
    [-1, 1, -1],
    [1, -1, -1],
  ]),
];
