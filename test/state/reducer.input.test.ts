import { describe, expect, it } from 'vitest';
import { createMatrix, fromRows, SEED_X, toRows } from '../../src/core';
import { reducer, seedState } from '../../src/state';
import { SEED_X_ROWS, picture, reduceAll, expectRefused, raw } from './reducerFixtures';

describe('reducer: the lab actions', () => {
  describe('setInput', () => {
    // A 3x4 picture with values inside -1..+1.
    const picture3x4 = fromRows([
      [-1, 1, 0, 0.5],
      [1, -1, -0.25, 1],
      [0, 0, 1, -1],
    ]);

    it('replaces the input with a valid picture and keeps kernels, config, display, language', () => {
      const state = seedState('zh');
      const next = reduceAll(state, { type: 'setInput', input: picture3x4 });
      expect(next.input).toBe(picture3x4);
      expect(toRows(next.input)).toEqual([
        [-1, 1, 0, 0.5],
        [1, -1, -0.25, 1],
        [0, 0, 1, -1],
      ]);
      expect(next.kernels).toBe(state.kernels);
      expect(next.config).toBe(state.config);
      expect(next.display).toBe(state.display);
      expect(next.language).toBe('zh');
    });

    it('accepts the smallest and the largest pictures, 3x3 and 64x64, and 3x64', () => {
      for (const input of [createMatrix(3, 3, 1), createMatrix(64, 64, -1), createMatrix(3, 64)]) {
        expect(reduceAll(seedState(), { type: 'setInput', input }).input).toBe(input);
      }
    });

    it('refuses a 2x2 or a 65x3 picture and returns the same state object', () => {
      const state = seedState();
      expectRefused(state, { type: 'setInput', input: createMatrix(2, 2, 1) });
      expectRefused(state, { type: 'setInput', input: createMatrix(65, 3, 1) });
      expectRefused(state, { type: 'setInput', input: createMatrix(3, 2, 1) });
      expectRefused(state, { type: 'setInput', input: createMatrix(3, 65, 1) });
    });

    it('refuses a picture with a value of 1.5, -1.5, NaN or Infinity', () => {
      const state = seedState();
      for (const bad of [1.5, -1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        const input = createMatrix(3, 3, 0);
        input.data[4] = bad;
        expectRefused(state, { type: 'setInput', input });
      }
    });

    it('refuses a picture whose data length does not match its shape', () => {
      const state = seedState();
      expectRefused(state, { type: 'setInput', input: raw(3, 3, new Array<number>(8).fill(0)) });
      expectRefused(state, { type: 'setInput', input: raw(3, 3, new Array<number>(10).fill(0)) });
    });

    it('refuses a picture with a non-integer side', () => {
      expectRefused(seedState(), {
        type: 'setInput',
        input: raw(3.5, 2, new Array<number>(7).fill(0)),
      });
    });

    it('returns the same state object for a copy of the current picture', () => {
      const state = seedState();
      expect(reduceAll(state, { type: 'setInput', input: fromRows(SEED_X_ROWS) })).toBe(state);
    });
  });

  describe('resizeInput', () => {
    it('grows the seed X to 12x12 centred: one new row and column before it, two after', () => {
      const next = reduceAll(seedState(), { type: 'resizeInput', height: 12, width: 12 });
      expect(toRows(next.input)).toEqual(
        picture([
          '............',
          '............',
          '..#.....#...',
          '...#...#....',
          '....#.#.....',
          '.....#......',
          '....#.#.....',
          '...#...#....',
          '..#.....#...',
          '............',
          '............',
          '............',
        ]),
      );
    });

    it('shrinks the seed X to 7x7 by cropping one pixel from every side', () => {
      const next = reduceAll(seedState(), { type: 'resizeInput', height: 7, width: 7 });
      expect(toRows(next.input)).toEqual(
        picture(['#.....#', '.#...#.', '..#.#..', '...#...', '..#.#..', '.#...#.', '#.....#']),
      );
    });

    it('resizes each side on its own: 10x8 adds a row at the bottom, drops the right column', () => {
      const next = reduceAll(seedState(), { type: 'resizeInput', height: 10, width: 8 });
      expect(next.input.height).toBe(10);
      expect(next.input.width).toBe(8);
      expect(toRows(next.input)).toEqual(
        picture([
          '........',
          '.#.....#',
          '..#...#.',
          '...#.#..',
          '....#...',
          '...#.#..',
          '..#...#.',
          '.#.....#',
          '........',
          '........',
        ]),
      );
    });

    it('goes down to 3x3, the middle of the X, and up to 64x64', () => {
      const small3 = reduceAll(seedState(), { type: 'resizeInput', height: 3, width: 3 });
      expect(toRows(small3.input)).toEqual(picture(['#.#', '.#.', '#.#']));
      const big = reduceAll(seedState(), { type: 'resizeInput', height: 64, width: 64 });
      expect(big.input.height).toBe(64);
      expect(big.input.width).toBe(64);
      // The X's 13 stroke pixels moved by trunc(55 / 2) = 27 rows and columns; the rest is -1.
      const strokes = Array.from(big.input.data.keys()).filter((i) => big.input.data[i] === 1);
      const expected = Array.from(SEED_X.data.keys())
        .filter((i) => SEED_X.data[i] === 1)
        .map((i) => (Math.floor(i / 9) + 27) * 64 + (i % 9) + 27);
      expect(strokes).toEqual(expected);
      expect(strokes).toHaveLength(13);
      expect(big.input.data.filter((v) => v === -1)).toHaveLength(64 * 64 - 13);
    });

    it('growing and then shrinking back gives the original picture', () => {
      const grown = reducer(seedState(), { type: 'resizeInput', height: 14, width: 11 });
      const back = reduceAll(grown, { type: 'resizeInput', height: 9, width: 9 });
      expect(toRows(back.input)).toEqual(SEED_X_ROWS);
    });

    it('refuses a side of 2, 65, 3.5 or NaN and returns the same state object', () => {
      const state = seedState();
      for (const [height, width] of [
        [2, 9],
        [9, 2],
        [65, 9],
        [9, 65],
        [3.5, 9],
        [9, 3.5],
        [Number.NaN, 9],
      ] as const) {
        expectRefused(state, { type: 'resizeInput', height, width });
      }
    });

    it('returns the same state object when the size is unchanged', () => {
      const state = seedState();
      expectRefused(state, { type: 'resizeInput', height: 9, width: 9 });
    });

    it('keeps kernels, config, display and language', () => {
      const state = seedState('zh');
      const next = reduceAll(state, { type: 'resizeInput', height: 5, width: 20 });
      expect(next.kernels).toBe(state.kernels);
      expect(next.config).toBe(state.config);
      expect(next.display).toBe(state.display);
      expect(next.language).toBe('zh');
    });
  });

  describe('loadPreset at other sizes', () => {
    it("loads 'x' at the current size: after resizing to 12x12, a 12x12 X", () => {
      const resized = reducer(seedState(), { type: 'resizeInput', height: 12, width: 12 });
      const next = reduceAll(resized, { type: 'loadPreset', preset: 'x' });
      expect(next.input.height).toBe(12);
      expect(next.input.width).toBe(12);
      expect(toRows(next.input)).toEqual(
        picture([
          '............',
          '.#........#.',
          '..#......#..',
          '...#....#...',
          '....#..#....',
          '.....##.....',
          '.....##.....',
          '....#..#....',
          '...#....#...',
          '..#......#..',
          '.#........#.',
          '............',
        ]),
      );
    });

    it("loads 'blank' at 5x7 as 35 background pixels", () => {
      const resized = reducer(seedState(), { type: 'resizeInput', height: 5, width: 7 });
      const next = reduceAll(resized, { type: 'loadPreset', preset: 'blank' });
      expect(next.input.height).toBe(5);
      expect(next.input.width).toBe(7);
      expect(Array.from(next.input.data)).toEqual(new Array<number>(35).fill(-1));
    });

    it("loads 'x' at 9x9 after a round trip through 12x12: the seed X object itself", () => {
      const resized = reducer(seedState(), { type: 'resizeInput', height: 12, width: 12 });
      const back = reducer(resized, { type: 'resizeInput', height: 9, width: 9 });
      const next = reducer(reducer(back, { type: 'invert' }), { type: 'loadPreset', preset: 'x' });
      expect(next.input).toBe(SEED_X);
    });
  });
});
