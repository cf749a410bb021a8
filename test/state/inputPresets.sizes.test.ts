import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/core';
import { INPUT_PRESETS, inputPreset } from '../../src/state';
import {
  art,
  strokeCells,
  strokeNeighbours,
  strokePieces,
  outside,
  centreCells,
  mirroredLeftRight,
  mirroredTopBottom,
  onlyPlusMinusOne,
} from './pictureChecks';

describe('inputPreset at other sizes', () => {
  it('draws the 5x5 X and O', () => {
    expect(toRows(inputPreset('x', 5, 5))).toEqual(
      art('.....', '.#.#.', '..#..', '.#.#.', '.....'),
    );
    expect(toRows(inputPreset('o', 5, 5))).toEqual(
      art('.....', '..#..', '.#.#.', '..#..', '.....'),
    );
  });

  it('draws the 8x8 X and O: even sizes meet in a 2x2 middle', () => {
    expect(toRows(inputPreset('x', 8, 8))).toEqual(
      art(
        '........',
        '.#....#.',
        '..#..#..',
        '...##...',
        '...##...',
        '..#..#..',
        '.#....#.',
        '........',
      ),
    );
    expect(toRows(inputPreset('o', 8, 8))).toEqual(
      art(
        '........',
        '..####..',
        '.#....#.',
        '.#....#.',
        '.#....#.',
        '.#....#.',
        '..####..',
        '........',
      ),
    );
  });

  it('draws the 12x20 X along the longer side, so the strokes stay connected', () => {
    expect(toRows(inputPreset('x', 12, 20))).toEqual(
      art(
        '....................',
        '.#................#.',
        '..##............##..',
        '....##........##....',
        '......##....##......',
        '........####........',
        '........####........',
        '......##....##......',
        '....##........##....',
        '..##............##..',
        '.#................#.',
        '....................',
      ),
    );
  });

  it('draws the 12x20 O as an ellipse', () => {
    expect(toRows(inputPreset('o', 12, 20))).toEqual(
      art(
        '....................',
        '......########......',
        '....##........##....',
        '..##............##..',
        '.#................#.',
        '.#................#.',
        '.#................#.',
        '.#................#.',
        '..##............##..',
        '....##........##....',
        '......########......',
        '....................',
      ),
    );
  });

  const sizes: [number, number][] = [
    [5, 5],
    [16, 16],
    [64, 64],
    [12, 20],
    [20, 12],
  ];

  for (const [h, w] of sizes) {
    describe(`${h}x${w}`, () => {
      it('X and O have the asked shape, only -1 and +1, and a background border', () => {
        for (const preset of ['x', 'o'] as const) {
          const m = inputPreset(preset, h, w);
          expect(m.height, preset).toBe(h);
          expect(m.width, preset).toBe(w);
          expect(onlyPlusMinusOne(m), preset).toBe(true);
          const rows = toRows(m);
          expect(rows[0], preset).toEqual(new Array<number>(w).fill(-1));
          expect(rows[h - 1], preset).toEqual(new Array<number>(w).fill(-1));
          expect(
            rows.map((row) => [row[0], row[w - 1]]),
            preset,
          ).toEqual(new Array(h).fill([-1, -1]));
        }
      });

      it('X and O are symmetric left-right and top-bottom', () => {
        for (const preset of ['x', 'o'] as const) {
          const rows = toRows(inputPreset(preset, h, w));
          expect(mirroredLeftRight(rows), preset).toEqual(rows);
          expect(mirroredTopBottom(rows), preset).toEqual(rows);
        }
      });

      it("X's arms reach the four corners of the inner area, in one connected stroke", () => {
        const x = inputPreset('x', h, w);
        const cells = strokeCells(x);
        for (const corner of [`1,1`, `1,${w - 2}`, `${h - 2},1`, `${h - 2},${w - 2}`]) {
          expect(cells.has(corner), corner).toBe(true);
        }
        for (const cell of cells) {
          const [r, c] = cell.split(',').map(Number) as [number, number];
          expect(strokeNeighbours(x, r, c), cell).toBeGreaterThanOrEqual(1);
        }
        expect(strokePieces(x)).toBe(1);
      });

      it("O's stroke is one pixel thick: every stroke pixel has exactly two stroke 8-neighbours", () => {
        const o = inputPreset('o', h, w);
        for (const cell of strokeCells(o)) {
          const [r, c] = cell.split(',').map(Number) as [number, number];
          expect(strokeNeighbours(o, r, c), cell).toBe(2);
        }
        expect(strokePieces(o)).toBe(1);
      });

      it("O's ring is closed: a 4-connected flood fill of the background from the border never reaches the centre", () => {
        const o = inputPreset('o', h, w);
        const reached = outside(o);
        for (const cell of centreCells(h, w)) {
          const [r, c] = cell.split(',').map(Number) as [number, number];
          expect(o.data[r * w + c], cell).toBe(-1);
          expect(reached.has(cell), cell).toBe(false);
        }
      });

      it('O touches all four sides of the inner area', () => {
        const rows = toRows(inputPreset('o', h, w));
        expect(rows[1]!.includes(1)).toBe(true);
        expect(rows[h - 2]!.includes(1)).toBe(true);
        expect(rows.some((row) => row[1] === 1)).toBe(true);
        expect(rows.some((row) => row[w - 2] === 1)).toBe(true);
      });

      it('shiftedX is X moved one pixel right; smallX sits inside a 2-pixel border', () => {
        const x = toRows(inputPreset('x', h, w));
        expect(toRows(inputPreset('shiftedX', h, w))).toEqual(
          x.map((row) => [-1, ...row.slice(0, w - 1)]),
        );
        const small = toRows(inputPreset('smallX', h, w));
        expect(small[1]).toEqual(new Array<number>(w).fill(-1));
        expect(small[h - 2]).toEqual(new Array<number>(w).fill(-1));
        expect(small.map((row) => [row[1], row[w - 2]])).toEqual(new Array(h).fill([-1, -1]));
        expect(small[2]![2]).toBe(1);
        expect(small[2]![w - 3]).toBe(1);
        expect(strokePieces(inputPreset('smallX', h, w))).toBe(1);
      });

      it('thickX holds the X, adds one pixel per stroke pixel at most, and stays inside the border', () => {
        const x = strokeCells(inputPreset('x', h, w));
        const thick = inputPreset('thickX', h, w);
        const cells = strokeCells(thick);
        for (const cell of x) expect(cells.has(cell), cell).toBe(true);
        expect(cells.size).toBeGreaterThan(x.size);
        expect(cells.size).toBeLessThanOrEqual(2 * x.size);
        const rows = toRows(thick);
        expect(rows[0]).toEqual(new Array<number>(w).fill(-1));
        expect(rows[h - 1]).toEqual(new Array<number>(w).fill(-1));
        expect(rows.map((row) => [row[0], row[w - 1]])).toEqual(new Array(h).fill([-1, -1]));
      });

      it('noisyX flips round(10%) of the pixels of X, the same ones every time', () => {
        const x = inputPreset('x', h, w);
        const noisy = inputPreset('noisyX', h, w);
        let flipped = 0;
        for (let i = 0; i < h * w; i++) if (noisy.data[i] !== x.data[i]) flipped++;
        expect(flipped).toBe(Math.round(h * w * 0.1));
        expect(onlyPlusMinusOne(noisy)).toBe(true);
        expect(toRows(inputPreset('noisyX', h, w))).toEqual(toRows(noisy));
      });
    });
  }

  it("20x12 is 12x20's X and O turned a quarter", () => {
    for (const preset of ['x', 'o'] as const) {
      const flat = toRows(inputPreset(preset, 12, 20));
      const upright = toRows(inputPreset(preset, 20, 12));
      const transposed = flat[0]!.map((_, c) => flat.map((row) => row[c]!));
      expect(upright, preset).toEqual(transposed);
    }
  });

  it('every preset works from 1x1 to 64x64, only -1 and +1, never -0', () => {
    const sides = [1, 2, 3, 4, 5, 6, 7, 10, 17, 33, 63, 64];
    for (const preset of INPUT_PRESETS) {
      for (const h of sides) {
        for (const w of sides) {
          const m = inputPreset(preset, h, w);
          expect([m.height, m.width], `${preset} ${h}x${w}`).toEqual([h, w]);
          expect(m.data.length).toBe(h * w);
          expect(onlyPlusMinusOne(m), `${preset} ${h}x${w}`).toBe(true);
        }
      }
    }
  });

  it("'blank' is all background at any size", () => {
    expect(Array.from(inputPreset('blank', 3, 64).data)).toEqual(new Array<number>(192).fill(-1));
  });

  it('throws a RangeError for a side outside 1..64 or not an integer', () => {
    expect(() => inputPreset('x', 0, 9)).toThrow(RangeError);
    expect(() => inputPreset('x', 9, 0)).toThrow(RangeError);
    expect(() => inputPreset('o', 65, 9)).toThrow(RangeError);
    expect(() => inputPreset('o', 9, 65)).toThrow(RangeError);
    expect(() => inputPreset('blank', 9.5, 9)).toThrow(RangeError);
    expect(() => inputPreset('blank', 9, Number.NaN)).toThrow(RangeError);
    expect(() => inputPreset('blank', -3, 9)).toThrow(RangeError);
  });
});
