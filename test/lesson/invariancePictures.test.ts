import { describe, expect, it } from 'vitest';
import { fromRows, SEED_X, toRows } from '../../src/core';
import {
  eraseCorner,
  noisyPicture,
  rotatePicture,
  scalePicture,
  shiftPicture,
  thickerPicture,
  thinnerPicture,
} from '../../src/lesson/invariancePictures';
import { galleryPictures, PICTURE_VARIANTS } from '../../src/lesson/invarianceVariants';

const _ = -1;
const L = fromRows([
  [1, _, _, _],
  [1, _, _, _],
  [1, 1, 1, _],
  [_, _, _, _],
]);

describe('the gallery’s pictures', () => {
  it('shifts a picture, filling with the background', () => {
    expect(toRows(shiftPicture(L, 1, 1))).toEqual([
      [_, _, _, _],
      [_, 1, _, _],
      [_, 1, _, _],
      [_, 1, 1, 1],
    ]);
    expect(toRows(shiftPicture(L, -2, 0))[0]).toEqual([1, 1, 1, _]);
  });

  it('turns a picture about its centre, anticlockwise for positive angles', () => {
    expect(toRows(rotatePicture(L, 90))).toEqual([
      [_, _, _, _],
      [_, _, 1, _],
      [_, _, 1, _],
      [1, 1, 1, _],
    ]);
    expect(rotatePicture(SEED_X, 0).data).toEqual(SEED_X.data);
  });

  it('scales a picture about its centre', () => {
    const bar = fromRows([
      [_, _, _, _, _],
      [_, _, _, _, _],
      [_, 1, 1, 1, _],
      [_, _, _, _, _],
      [_, _, _, _, _],
    ]);
    expect(toRows(scalePicture(bar, 2))[2]).toEqual([1, 1, 1, 1, 1]);
    expect(toRows(scalePicture(bar, 0.5))[2]).toEqual([_, _, 1, _, _]);
  });

  it('thickens strokes to the right and thins horizontal runs from the left', () => {
    expect(toRows(thickerPicture(L))).toEqual([
      [1, 1, _, _],
      [1, 1, _, _],
      [1, 1, 1, 1],
      [_, _, _, _],
    ]);
    expect(toRows(thinnerPicture(L))[2]).toEqual([_, 1, 1, _]);
    expect(toRows(thinnerPicture(L))[0]).toEqual([1, _, _, _]);
  });

  it('flips the same seeded pixels every time, 10 % including the 5 % ones', () => {
    const flipped = (m: typeof SEED_X) =>
      Array.from(m.data).flatMap((v, i) => (v !== SEED_X.data[i] ? [i] : []));
    const five = flipped(noisyPicture(SEED_X, 0.05));
    const ten = flipped(noisyPicture(SEED_X, 0.1));
    expect(five).toHaveLength(4);
    expect(ten).toHaveLength(8);
    expect(five.every((i) => ten.includes(i))).toBe(true);
    expect(flipped(noisyPicture(SEED_X, 0.05))).toEqual(five);
  });

  it('erases the top-right third of each side', () => {
    const erased = toRows(eraseCorner(SEED_X));
    expect(erased[1]).toEqual([_, 1, _, _, _, _, _, _, _]);
    expect(erased[3]).toEqual(toRows(SEED_X)[3]);
  });

  it('has the picture itself and 19 variants, none changing the page’s picture', () => {
    const before = SEED_X.data.slice();
    const pictures = galleryPictures(SEED_X);
    expect(PICTURE_VARIANTS.map((v) => v.id)).toEqual([
      'original',
      'right-1',
      'right-2',
      'left-1',
      'left-2',
      'up-1',
      'up-2',
      'down-1',
      'down-2',
      'rotate+10',
      'rotate-10',
      'rotate+20',
      'rotate-20',
      'smaller',
      'larger',
      'thicker',
      'thinner',
      'noise-5',
      'noise-10',
      'corner',
    ]);
    expect(pictures[0]).toBe(SEED_X);
    expect(SEED_X.data).toEqual(before);
  });
});
