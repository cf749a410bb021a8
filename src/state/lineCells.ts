import type { Cell } from './actions';

/**
 * The cells on a straight line from `a` to `b`, both included (Bresenham's algorithm), so a
 * fast drag that skips cells between two pointer events still paints a continuous stroke.
 */
export function lineCells(a: Cell, b: Cell): Cell[] {
  const cells: Cell[] = [];
  const dr = Math.abs(b.row - a.row);
  const dc = Math.abs(b.col - a.col);
  const sr = a.row < b.row ? 1 : -1;
  const sc = a.col < b.col ? 1 : -1;
  let err = dc - dr;
  let { row, col } = a;
  for (;;) {
    cells.push({ row, col });
    if (row === b.row && col === b.col) return cells;
    const e2 = 2 * err;
    if (e2 > -dr) {
      err -= dr;
      col += sc;
    }
    if (e2 < dc) {
      err += dc;
      row += sr;
    }
  }
}
