import { describe, expect, it } from 'vitest';
import { lineCells, type Cell } from '../../src/state';

function pairs(cells: readonly Cell[]): [number, number][] {
  return cells.map(({ row, col }) => [row, col]);
}

function expectEightConnected(cells: readonly Cell[]): void {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    const step = Math.max(Math.abs(b.row - a.row), Math.abs(b.col - a.col));
    expect(step, `step ${i} from (${a.row}, ${a.col}) to (${b.row}, ${b.col})`).toBe(1);
  }
}

describe('lineCells', () => {
  it('a single cell when both ends are the same', () => {
    expect(pairs(lineCells({ row: 3, col: 4 }, { row: 3, col: 4 }))).toEqual([[3, 4]]);
  });

  it('two neighbours give just themselves', () => {
    expect(pairs(lineCells({ row: 0, col: 0 }, { row: 0, col: 1 }))).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(pairs(lineCells({ row: 0, col: 0 }, { row: 1, col: 1 }))).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('a horizontal line covers every column between the ends, left to right', () => {
    expect(pairs(lineCells({ row: 2, col: 1 }, { row: 2, col: 5 }))).toEqual([
      [2, 1],
      [2, 2],
      [2, 3],
      [2, 4],
      [2, 5],
    ]);
  });

  it('a horizontal line drawn right to left runs right to left', () => {
    expect(pairs(lineCells({ row: 2, col: 5 }, { row: 2, col: 1 }))).toEqual([
      [2, 5],
      [2, 4],
      [2, 3],
      [2, 2],
      [2, 1],
    ]);
  });

  it('a vertical line covers every row between the ends', () => {
    expect(pairs(lineCells({ row: 0, col: 7 }, { row: 3, col: 7 }))).toEqual([
      [0, 7],
      [1, 7],
      [2, 7],
      [3, 7],
    ]);
    expect(pairs(lineCells({ row: 3, col: 7 }, { row: 0, col: 7 }))).toEqual([
      [3, 7],
      [2, 7],
      [1, 7],
      [0, 7],
    ]);
  });

  it('a 45-degree diagonal steps one row and one column at a time', () => {
    expect(pairs(lineCells({ row: 0, col: 0 }, { row: 3, col: 3 }))).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('an anti-diagonal (row up, column right) steps diagonally too', () => {
    expect(pairs(lineCells({ row: 4, col: 1 }, { row: 1, col: 4 }))).toEqual([
      [4, 1],
      [3, 2],
      [2, 3],
      [1, 4],
    ]);
  });

  it('a shallow line (2 rows over 4 columns) is one cell per column', () => {
    expect(pairs(lineCells({ row: 0, col: 0 }, { row: 2, col: 4 }))).toEqual([
      [0, 0],
      [0, 1],
      [1, 2],
      [1, 3],
      [2, 4],
    ]);
  });

  it('a steep line (5 rows over 2 columns) is one cell per row', () => {
    expect(pairs(lineCells({ row: 0, col: 0 }, { row: 5, col: 2 }))).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 2],
    ]);
  });

  it('a steep line drawn backwards covers one cell per row, from its start to its end', () => {
    const cells = lineCells({ row: 5, col: 2 }, { row: 0, col: 0 });
    expect(cells).toHaveLength(6);
    expect(cells.map((c) => c.row)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(cells[0]).toEqual({ row: 5, col: 2 });
    expect(cells[5]).toEqual({ row: 0, col: 0 });
    expectEightConnected(cells);
  });

  it('works with negative coordinates (a drag that leaves the grid)', () => {
    expect(pairs(lineCells({ row: -2, col: 0 }, { row: 0, col: 0 }))).toEqual([
      [-2, 0],
      [-1, 0],
      [0, 0],
    ]);
  });

  it('for every pair of ends in a 9x9 grid: both ends included, 8-neighbour steps, no repeats', () => {
    const problems: string[] = [];
    let lines = 0;
    for (let a = 0; a < 81; a++) {
      for (let b = 0; b < 81; b++) {
        const from = { row: Math.floor(a / 9), col: a % 9 };
        const to = { row: Math.floor(b / 9), col: b % 9 };
        const cells = lineCells(from, to);
        const name = `(${from.row}, ${from.col}) -> (${to.row}, ${to.col})`;
        const first = cells[0];
        const last = cells[cells.length - 1];
        if (first?.row !== from.row || first.col !== from.col) problems.push(`${name}: start`);
        if (last?.row !== to.row || last.col !== to.col) problems.push(`${name}: end`);
        // Bresenham: exactly one cell per step along the longer axis.
        const length = Math.max(Math.abs(to.row - from.row), Math.abs(to.col - from.col)) + 1;
        if (cells.length !== length) problems.push(`${name}: ${cells.length} cells`);
        for (let i = 1; i < cells.length; i++) {
          const p = cells[i - 1]!;
          const q = cells[i]!;
          if (Math.max(Math.abs(q.row - p.row), Math.abs(q.col - p.col)) !== 1) {
            problems.push(`${name}: step ${i} is not to an 8-neighbour`);
          }
        }
        if (new Set(cells.map((c) => `${c.row},${c.col}`)).size !== cells.length) {
          problems.push(`${name}: repeats a cell`);
        }
        lines++;
      }
    }
    expect(problems).toEqual([]);
    expect(lines).toBe(81 * 81);
  });

  it('stays within one cell of the ideal straight line', () => {
    const from = { row: 1, col: 0 };
    const to = { row: 4, col: 8 };
    for (const { row, col } of lineCells(from, to)) {
      const ideal = from.row + ((col - from.col) * (to.row - from.row)) / (to.col - from.col);
      expect(Math.abs(row - ideal)).toBeLessThanOrEqual(0.5);
    }
  });
});
