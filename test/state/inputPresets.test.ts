import { describe, expect, it } from 'vitest';
import { fromRows, SEED_O, SEED_X, toRows, type Matrix } from '../../src/core';
import { INPUT_PRESETS, inputPreset, invert } from '../../src/state';
import { resizeInput } from '../../src/state/inputPresets';

/** A picture from text art: '#' is stroke (+1), '.' is background (-1). */
function art(...rows: string[]): number[][] {
  return rows.map((row) => [...row].map((ch) => (ch === '#' ? 1 : -1)));
}

/** The stroke cells of a picture as "row,col" strings. */
function strokeCells(m: Matrix): Set<string> {
  const cells = new Set<string>();
  for (let r = 0; r < m.height; r++) {
    for (let c = 0; c < m.width; c++) if (m.data[r * m.width + c]! > 0) cells.add(`${r},${c}`);
  }
  return cells;
}

function strokeNeighbours(m: Matrix, r: number, c: number): number {
  let n = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      const rr = r + dr;
      const cc = c + dc;
      if ((dr || dc) && rr >= 0 && cc >= 0 && rr < m.height && cc < m.width) {
        if (m.data[rr * m.width + cc]! > 0) n++;
      }
    }
  }
  return n;
}

/** How many 8-connected pieces the stroke falls into. */
function strokePieces(m: Matrix): number {
  const left = strokeCells(m);
  let pieces = 0;
  for (const start of left) {
    pieces++;
    const stack = [start];
    left.delete(start);
    while (stack.length > 0) {
      const [r, c] = stack.pop()!.split(',').map(Number) as [number, number];
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const key = `${r + dr},${c + dc}`;
          if (left.delete(key)) stack.push(key);
        }
      }
    }
  }
  return pieces;
}

/** The background cells a 4-connected flood fill from the border's background reaches. */
function outside(m: Matrix): Set<string> {
  const { height: h, width: w } = m;
  const seen = new Set<string>();
  const stack: [number, number][] = [];
  const visit = (r: number, c: number): void => {
    if (r < 0 || c < 0 || r >= h || c >= w || m.data[r * w + c]! > 0) return;
    const key = `${r},${c}`;
    if (seen.has(key)) return;
    seen.add(key);
    stack.push([r, c]);
  };
  for (let r = 0; r < h; r++) {
    visit(r, 0);
    visit(r, w - 1);
  }
  for (let c = 0; c < w; c++) {
    visit(0, c);
    visit(h - 1, c);
  }
  while (stack.length > 0) {
    const [r, c] = stack.pop()!;
    visit(r - 1, c);
    visit(r + 1, c);
    visit(r, c - 1);
    visit(r, c + 1);
  }
  return seen;
}

/** The one, two or four cells at the middle of a picture. */
function centreCells(h: number, w: number): string[] {
  const rows = [...new Set([Math.floor((h - 1) / 2), Math.ceil((h - 1) / 2)])];
  const cols = [...new Set([Math.floor((w - 1) / 2), Math.ceil((w - 1) / 2)])];
  return rows.flatMap((r) => cols.map((c) => `${r},${c}`));
}

function mirroredLeftRight(rows: number[][]): number[][] {
  return rows.map((row) => [...row].reverse());
}

function mirroredTopBottom(rows: number[][]): number[][] {
  return [...rows].reverse();
}

function onlyPlusMinusOne(m: Matrix): boolean {
  return Array.from(m.data).every((v) => v === 1 || v === -1);
}

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
