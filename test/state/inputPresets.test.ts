import { describe, expect, it } from 'vitest';
import { fromRows, SEED_O, SEED_X, toRows } from '../../src/core';
import { INPUT_PRESETS, inputPreset, invert } from '../../src/state';
import { art, onlyPlusMinusOne } from './pictureChecks';

describe('INPUT_PRESETS', () => {
  it('offers x, o, shiftedX, smallX, thickX, noisyX and blank, in that order', () => {
    expect(INPUT_PRESETS).toEqual(['x', 'o', 'shiftedX', 'smallX', 'thickX', 'noisyX', 'blank']);
  });
});

describe('inputPreset', () => {
  it("'x' is the seed X: +1 on both diagonals of the inner 7x7, -1 elsewhere", () => {
    const x = inputPreset('x');
    expect(x).toBe(SEED_X);
    const rows = toRows(x);
    expect(rows).toHaveLength(9);
    for (let r = 0; r < 9; r++) {
      for (let c = 0; c < 9; c++) {
        const onStroke = r >= 1 && r <= 7 && (c === r || c === 8 - r);
        expect(rows[r]![c], `row ${r}, column ${c}`).toBe(onStroke ? 1 : -1);
      }
    }
  });

  it("'o' is the 9x9 ring", () => {
    expect(toRows(inputPreset('o'))).toEqual([
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
    expect(inputPreset('o')).toBe(SEED_O);
  });

  it('the O ring has 16 stroke pixels and is symmetric left-right and top-bottom', () => {
    const rows = toRows(inputPreset('o'));
    expect(rows.flat().filter((v) => v === 1)).toHaveLength(16);
    expect(rows.map((row) => [...row].reverse())).toEqual(rows);
    expect([...rows].reverse()).toEqual(rows);
  });

  it("'blank' is 9x9, all background (-1)", () => {
    const blank = inputPreset('blank');
    expect(blank.height).toBe(9);
    expect(blank.width).toBe(9);
    expect(blank.data).toBeInstanceOf(Float64Array);
    expect(Array.from(blank.data)).toEqual(new Array<number>(81).fill(-1));
  });

  it("'blank' is a fresh matrix each time, so painting one never changes the next", () => {
    const a = inputPreset('blank');
    const b = inputPreset('blank');
    expect(a.data).not.toBe(b.data);
  });
});

describe('inputPreset at 9x9 (the default size)', () => {
  it("'shiftedX' is the seed X one pixel to the right, its first column background", () => {
    expect(toRows(inputPreset('shiftedX'))).toEqual(
      art(
        '.........',
        '..#.....#',
        '...#...#.',
        '....#.#..',
        '.....#...',
        '....#.#..',
        '...#...#.',
        '..#.....#',
        '.........',
      ),
    );
  });

  it("'smallX' has arms one pixel shorter: diagonals from (2,2) to (6,6) and (2,6) to (6,2)", () => {
    expect(toRows(inputPreset('smallX'))).toEqual(
      art(
        '.........',
        '.........',
        '..#...#..',
        '...#.#...',
        '....#....',
        '...#.#...',
        '..#...#..',
        '.........',
        '.........',
      ),
    );
  });

  it("'thickX' adds the pixel right of every stroke pixel, inside the border", () => {
    expect(toRows(inputPreset('thickX'))).toEqual(
      art(
        '.........',
        '.##....#.',
        '..##..##.',
        '...####..',
        '....##...',
        '...####..',
        '..##..##.',
        '.##....#.',
        '.........',
      ),
    );
  });

  it("'noisyX' is the same picture on every call, in a fresh matrix each time", () => {
    const a = inputPreset('noisyX');
    const b = inputPreset('noisyX');
    expect(a).not.toBe(b);
    expect(a.data).not.toBe(b.data);
    expect(toRows(a)).toEqual(toRows(b));
  });

  it("'noisyX' differs from the seed X in 8 pixels (10% of 81, rounded)", () => {
    const noisy = inputPreset('noisyX');
    let flipped = 0;
    for (let i = 0; i < 81; i++) if (noisy.data[i] !== SEED_X.data[i]) flipped++;
    expect(flipped).toBeGreaterThanOrEqual(5);
    expect(flipped).toBeLessThanOrEqual(12);
    expect(flipped).toBe(8);
    expect(onlyPlusMinusOne(noisy)).toBe(true);
  });

  it('passing 9, 9 is the same as the default size', () => {
    for (const preset of INPUT_PRESETS) {
      expect(toRows(inputPreset(preset, 9, 9)), preset).toEqual(toRows(inputPreset(preset)));
    }
    expect(inputPreset('x', 9, 9)).toBe(SEED_X);
    expect(inputPreset('o', 9, 9)).toBe(SEED_O);
  });

  it('never hands out the seed matrices for the derived presets', () => {
    for (const preset of ['shiftedX', 'smallX', 'thickX', 'noisyX', 'blank'] as const) {
      const m = inputPreset(preset);
      expect(m, preset).not.toBe(SEED_X);
      expect(m.data, preset).not.toBe(SEED_X.data);
    }
  });
});

describe('invert', () => {
  it('turns every value v into -v and keeps the shape', () => {
    const out = invert(
      fromRows([
        [1, -1, 0.25],
        [-0.5, 3, -2],
      ]),
    );
    expect(out.height).toBe(2);
    expect(out.width).toBe(3);
    expect(toRows(out)).toEqual([
      [-1, 1, -0.25],
      [0.5, -3, 2],
    ]);
  });

  it('never produces -0: a 0 or -0 pixel inverts to +0', () => {
    const input = fromRows([[0, 1, -1]]);
    input.data[2] = -0;
    const out = invert(input);
    expect(Object.is(out.data[0], 0)).toBe(true);
    expect(Object.is(out.data[0], -0)).toBe(false);
    expect(Object.is(out.data[2], 0)).toBe(true);
    expect(out.data[1]).toBe(-1);
  });

  it('never produces -0 for an all-zero picture', () => {
    const out = invert(fromRows([[0, 0, 0, 0]]));
    expect(Array.from(out.data).every((v) => Object.is(v, 0))).toBe(true);
  });

  it('returns a new matrix and leaves its input untouched', () => {
    const before = Array.from(SEED_X.data);
    const out = invert(SEED_X);
    expect(out).not.toBe(SEED_X);
    expect(out.data).not.toBe(SEED_X.data);
    expect(Array.from(SEED_X.data)).toEqual(before);
    expect(Array.from(out.data)).toEqual(before.map((v) => -v));
  });

  it('inverting twice gives back the picture', () => {
    expect(toRows(invert(invert(SEED_O)))).toEqual(toRows(SEED_O));
  });
});
