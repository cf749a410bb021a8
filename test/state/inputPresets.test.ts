import { describe, expect, it } from 'vitest';
import { fromRows, SEED_O, SEED_X, toRows } from '../../src/core';
import { INPUT_PRESETS, inputPreset, invert } from '../../src/state';

describe('INPUT_PRESETS', () => {
  it('offers x, o and blank, in that order', () => {
    expect(INPUT_PRESETS).toEqual(['x', 'o', 'blank']);
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
