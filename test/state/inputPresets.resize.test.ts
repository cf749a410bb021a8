import { describe, expect, it } from 'vitest';
import { fromRows, SEED_O, SEED_X, toRows } from '../../src/core';
import { inputPreset } from '../../src/state';
import { resizeInput } from '../../src/state/inputPresets';
import { art } from './pictureChecks';

describe('resizeInput', () => {
  it('growing the seed X to 11x11 keeps it centred, with background all around', () => {
    expect(toRows(resizeInput(SEED_X, 11, 11))).toEqual(
      art(
        '...........',
        '...........',
        '..#.....#..',
        '...#...#...',
        '....#.#....',
        '.....#.....',
        '....#.#....',
        '...#...#...',
        '..#.....#..',
        '...........',
        '...........',
      ),
    );
  });

  it('shrinking the seed X to 7x7 crops the border, leaving the X from corner to corner', () => {
    expect(toRows(resizeInput(SEED_X, 7, 7))).toEqual(
      art('#.....#', '.#...#.', '..#.#..', '...#...', '..#.#..', '.#...#.', '#.....#'),
    );
  });

  it('an odd difference adds the extra row and column at the bottom and right', () => {
    expect(toRows(resizeInput(SEED_X, 10, 10))).toEqual(
      art(
        '..........',
        '.#.....#..',
        '..#...#...',
        '...#.#....',
        '....#.....',
        '...#.#....',
        '..#...#...',
        '.#.....#..',
        '..........',
        '..........',
      ),
    );
  });

  it('an odd shrink drops the bottom row and right column, so growing and shrinking back is lossless', () => {
    const grown = resizeInput(SEED_O, 10, 12);
    expect(toRows(resizeInput(grown, 9, 9))).toEqual(toRows(SEED_O));
    const noisy = inputPreset('noisyX');
    expect(toRows(resizeInput(noisy, 8, 8))).toEqual(
      toRows(noisy)
        .slice(0, 8)
        .map((row) => row.slice(0, 8)),
    );
  });

  it('resizes each axis on its own', () => {
    expect(toRows(resizeInput(SEED_X, 5, 11))).toEqual(
      art('...#...#...', '....#.#....', '.....#.....', '....#.#....', '...#...#...'),
    );
  });

  it('gives back the same object when the size is unchanged', () => {
    expect(resizeInput(SEED_X, 9, 9)).toBe(SEED_X);
    const blank = inputPreset('blank', 12, 20);
    expect(resizeInput(blank, 12, 20)).toBe(blank);
  });

  it('leaves its input untouched and keeps values that are not ±1', () => {
    const before = Array.from(SEED_X.data);
    resizeInput(SEED_X, 20, 3);
    expect(Array.from(SEED_X.data)).toEqual(before);
    expect(toRows(resizeInput(fromRows([[0.5]]), 3, 3))).toEqual([
      [-1, -1, -1],
      [-1, 0.5, -1],
      [-1, -1, -1],
    ]);
  });

  it('throws a RangeError for a side outside 1..64 or not an integer', () => {
    expect(() => resizeInput(SEED_X, 0, 9)).toThrow(RangeError);
    expect(() => resizeInput(SEED_X, 9, 65)).toThrow(RangeError);
    expect(() => resizeInput(SEED_X, 9.5, 9)).toThrow(RangeError);
  });
});
