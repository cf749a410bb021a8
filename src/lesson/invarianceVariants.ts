import type { Matrix } from '../core';
import {
  eraseCorner,
  noisyPicture,
  rotatePicture,
  scalePicture,
  shiftPicture,
  thickerPicture,
  thinnerPicture,
} from './invariancePictures';

/** How a gallery picture differs from the page's picture. */
export type PictureChange =
  | { readonly kind: 'original' }
  | { readonly kind: 'shift'; readonly dy: number; readonly dx: number }
  | { readonly kind: 'rotate'; readonly degrees: number }
  | { readonly kind: 'scale'; readonly factor: number }
  | { readonly kind: 'thicker' }
  | { readonly kind: 'thinner' }
  | { readonly kind: 'noise'; readonly share: number }
  | { readonly kind: 'corner' };

export interface PictureVariant {
  /** Stable, for keys and tests: `right-1`, `rotate-20`, `noise-10`, ... */
  readonly id: string;
  readonly change: PictureChange;
}

const shift = (name: string, dy: number, dx: number): PictureVariant[] =>
  [1, 2].map((n) => ({ id: `${name}-${n}`, change: { kind: 'shift', dy: dy * n, dx: dx * n } }));

/** The gallery: the picture itself, then 19 variants of it. */
export const PICTURE_VARIANTS: readonly PictureVariant[] = [
  { id: 'original', change: { kind: 'original' } },
  ...shift('right', 0, 1),
  ...shift('left', 0, -1),
  ...shift('up', -1, 0),
  ...shift('down', 1, 0),
  ...[10, -10, 20, -20].map((degrees): PictureVariant => ({
    id: `rotate${degrees > 0 ? '+' : ''}${degrees}`,
    change: { kind: 'rotate', degrees },
  })),
  { id: 'smaller', change: { kind: 'scale', factor: 0.75 } },
  { id: 'larger', change: { kind: 'scale', factor: 1.25 } },
  { id: 'thicker', change: { kind: 'thicker' } },
  { id: 'thinner', change: { kind: 'thinner' } },
  { id: 'noise-5', change: { kind: 'noise', share: 0.05 } },
  { id: 'noise-10', change: { kind: 'noise', share: 0.1 } },
  { id: 'corner', change: { kind: 'corner' } },
];

/** The picture `m` with `change` applied. */
export function applyChange(m: Matrix, change: PictureChange): Matrix {
  switch (change.kind) {
    case 'original':
      return m;
    case 'shift':
      return shiftPicture(m, change.dy, change.dx);
    case 'rotate':
      return rotatePicture(m, change.degrees);
    case 'scale':
      return scalePicture(m, change.factor);
    case 'thicker':
      return thickerPicture(m);
    case 'thinner':
      return thinnerPicture(m);
    case 'noise':
      return noisyPicture(m, change.share);
    case 'corner':
      return eraseCorner(m);
  }
}

/** Every gallery picture of `m`, in PICTURE_VARIANTS order. */
export function galleryPictures(m: Matrix): Matrix[] {
  return PICTURE_VARIANTS.map((v) => applyChange(m, v.change));
}
