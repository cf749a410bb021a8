// Checks of pictures shared by the input-preset tests: strokes drawn as text, connectivity, symmetry.
import { type Matrix } from '../../src/core';

/** A picture from text art: '#' is stroke (+1), '.' is background (-1). */
export function art(...rows: string[]): number[][] {
  return rows.map((row) => [...row].map((ch) => (ch === '#' ? 1 : -1)));
}

/** The stroke cells of a picture as "row,col" strings. */
export function strokeCells(m: Matrix): Set<string> {
  const cells = new Set<string>();
  for (let r = 0; r < m.height; r++) {
    for (let c = 0; c < m.width; c++) if (m.data[r * m.width + c]! > 0) cells.add(`${r},${c}`);
  }
  return cells;
}

export function strokeNeighbours(m: Matrix, r: number, c: number): number {
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
export function strokePieces(m: Matrix): number {
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
export function outside(m: Matrix): Set<string> {
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
export function centreCells(h: number, w: number): string[] {
  const rows = [...new Set([Math.floor((h - 1) / 2), Math.ceil((h - 1) / 2)])];
  const cols = [...new Set([Math.floor((w - 1) / 2), Math.ceil((w - 1) / 2)])];
  return rows.flatMap((r) => cols.map((c) => `${r},${c}`));
}

export function mirroredLeftRight(rows: number[][]): number[][] {
  return rows.map((row) => [...row].reverse());
}

export function mirroredTopBottom(rows: number[][]): number[][] {
  return [...rows].reverse();
}

export function onlyPlusMinusOne(m: Matrix): boolean {
  return Array.from(m.data).every((v) => v === 1 || v === -1);
}
