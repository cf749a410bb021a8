import { createMatrix, SEED_O, SEED_X, type Matrix } from '../core';

/** The pictures the toolbar offers. */
export type InputPreset = 'x' | 'o' | 'shiftedX' | 'smallX' | 'thickX' | 'noisyX' | 'blank';

export const INPUT_PRESETS: readonly InputPreset[] = [
  'x',
  'o',
  'shiftedX',
  'smallX',
  'thickX',
  'noisyX',
  'blank',
];

/** The largest picture side a preset can be drawn at. */
const MAX_SIDE = 64;

/** The PRNG seed noisyX is made with: a constant, so every call gives the same picture. */
const NOISE_SEED = 0x5eed;

/** The share of pixels noisyX flips. */
const NOISE_SHARE = 0.1;

function checkSide(name: string, side: number): void {
  if (!Number.isInteger(side) || side < 1 || side > MAX_SIDE) {
    throw new RangeError(`${name} must be an integer from 1 to ${MAX_SIDE}, got ${side}`);
  }
}

/** A rectangle of cells, both ends included. */
interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** How far in from the edge a drawing goes along a side of `n` pixels: `want`, or less if
 * that would leave nothing. */
function inset(n: number, want: number): number {
  let k = want;
  while (k > 0 && n - 2 * k < 1) k--;
  return k;
}

function insetArea(height: number, width: number, want: number): Area {
  const dy = inset(height, want);
  const dx = inset(width, want);
  return { top: dy, left: dx, bottom: height - 1 - dy, right: width - 1 - dx };
}

/** round(x), with halves going down: used for the half nearer the start of a stroke, so that the
 * other half (computed from the far end) mirrors it exactly. */
function roundHalfDown(x: number): number {
  return Math.ceil(x - 0.5);
}

/**
 * The cells of the main diagonal (top-left to bottom-right) of `area`, as [row, col] offsets
 * from its top-left corner. One cell per step along the longer side, so the stroke is
 * 8-connected and symmetric under a half turn about the area's centre.
 */
function diagonal(area: Area): [number, number][] {
  const h = area.bottom - area.top + 1;
  const w = area.right - area.left + 1;
  const long = Math.max(h, w);
  const short = Math.min(h, w);
  const cells: [number, number][] = [];
  for (let i = 0; i < long; i++) {
    let j: number;
    if (long === 1) j = 0;
    else if (2 * i <= long - 1) j = roundHalfDown((i * (short - 1)) / (long - 1));
    else j = short - 1 - roundHalfDown(((long - 1 - i) * (short - 1)) / (long - 1));
    cells.push(h >= w ? [i, j] : [j, i]);
    // A middle step that falls between two cells takes both, so the X stays symmetric.
    if (2 * i === long - 1 && short % 2 === 0) cells.push(h >= w ? [i, j + 1] : [j + 1, i]);
  }
  return cells;
}

/** Both diagonals of `area`; with `thick`, each stroke pixel gets a second one beside it (to
 * the right for an upright area, below for a flat one), staying inside the area. */
function drawX(height: number, width: number, area: Area, thick = false): Matrix {
  const m = createMatrix(height, width, -1);
  const w = area.right - area.left + 1;
  const h = area.bottom - area.top + 1;
  const set = (r: number, c: number): void => {
    if (r < 0 || c < 0 || r >= h || c >= w) return;
    m.data[(area.top + r) * width + area.left + c] = 1;
  };
  const upright = h >= w;
  for (const [r, c] of diagonal(area)) {
    for (const col of [c, w - 1 - c]) {
      set(r, col);
      if (thick) {
        if (upright) set(r, col + 1);
        else set(r + 1, col);
      }
    }
  }
  return m;
}

/**
 * A ring inscribed in the inner area: the cells of the filled ellipse (cell centres inside the
 * ellipse touching the area's outer edges) that have a 4-neighbour outside it, less the corner
 * pixels of staircase steps, which would make the ring two pixels thick there.
 */
function drawO(height: number, width: number): Matrix {
  const area = insetArea(height, width, 1);
  const h = area.bottom - area.top + 1;
  const w = area.right - area.left + 1;
  // Exact integer test in doubled coordinates: (dr / h)^2 + (dc / w)^2 <= 1.
  const filled = (r: number, c: number): boolean => {
    if (r < area.top || r > area.bottom || c < area.left || c > area.right) return false;
    const dr = 2 * r - area.top - area.bottom;
    const dc = 2 * c - area.left - area.right;
    return dr * dr * w * w + dc * dc * h * h <= h * h * w * w;
  };
  const boundary = (r: number, c: number): boolean =>
    filled(r, c) &&
    (!filled(r - 1, c) || !filled(r + 1, c) || !filled(r, c - 1) || !filled(r, c + 1));
  const m = createMatrix(height, width, -1);
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (!boundary(r, c)) continue;
      if (isStepCorner(r, c, boundary, filled)) continue;
      m.data[r * width + c] = 1;
    }
  }
  return m;
}

/**
 * True for the outer corner of an L of boundary pixels: one horizontal and one vertical
 * boundary neighbour, the two other 4-neighbours outside the ellipse, and the cell diagonally
 * between the two neighbours not on the boundary. The two neighbours touch diagonally, so the
 * ring stays 8-connected and still fences in the inside without it.
 */
function isStepCorner(
  r: number,
  c: number,
  boundary: (r: number, c: number) => boolean,
  filled: (r: number, c: number) => boolean,
): boolean {
  for (const dr of [-1, 1]) {
    for (const dc of [-1, 1]) {
      if (
        boundary(r + dr, c) &&
        boundary(r, c + dc) &&
        !filled(r - dr, c) &&
        !filled(r, c - dc) &&
        !boundary(r + dr, c + dc)
      ) {
        return true;
      }
    }
  }
  return false;
}

/** The picture moved one pixel right: the last column falls off, the first becomes -1. */
function shiftRight(m: Matrix): Matrix {
  const out = createMatrix(m.height, m.width, -1);
  for (let r = 0; r < m.height; r++) {
    for (let c = 1; c < m.width; c++) out.data[r * m.width + c] = m.data[r * m.width + c - 1]!;
  }
  return out;
}

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The picture with round(10%) of its pixels flipped, always the same ones for a given size. */
function addNoise(m: Matrix): Matrix {
  const n = m.data.length;
  const flips = Math.round(n * NOISE_SHARE);
  const random = mulberry32(NOISE_SEED);
  const order = Array.from({ length: n }, (_, i) => i);
  const data = m.data.slice();
  // A partial Fisher-Yates shuffle picks `flips` distinct pixels.
  for (let i = 0; i < flips; i++) {
    const j = i + Math.floor(random() * (n - i));
    const pick = order[j]!;
    order[j] = order[i]!;
    order[i] = pick;
    data[pick] = -data[pick]!;
  }
  return { height: m.height, width: m.width, data };
}

function xPicture(height: number, width: number): Matrix {
  if (height === 9 && width === 9) return SEED_X;
  return drawX(height, width, insetArea(height, width, 1));
}

/**
 * The picture for a preset, `height` x `width` pixels (9x9 by default), -1 for the background
 * and +1 for the stroke:
 * - 'x': both diagonals of the area inside a 1-pixel border (at 9x9, the seed's X itself);
 * - 'o': a 1-pixel ring inscribed in that area (at 9x9, the example's O itself);
 * - 'shiftedX': the X moved one pixel right, to show that pooling tolerates small shifts;
 * - 'smallX': the X of the area inside a 2-pixel border;
 * - 'thickX': the X with each stroke two pixels wide;
 * - 'noisyX': the X with about 10% of its pixels flipped, the same ones on every call;
 * - 'blank': all background.
 * Every call but the seed's X and O at 9x9 returns a fresh matrix.
 * @throws RangeError when a side is not an integer from 1 to 64.
 */
export function inputPreset(preset: InputPreset, height = 9, width = 9): Matrix {
  checkSide('inputPreset: height', height);
  checkSide('inputPreset: width', width);
  switch (preset) {
    case 'x':
      return xPicture(height, width);
    case 'o':
      return height === 9 && width === 9 ? SEED_O : drawO(height, width);
    case 'shiftedX':
      return shiftRight(xPicture(height, width));
    case 'smallX':
      return drawX(height, width, insetArea(height, width, 2));
    case 'thickX':
      return drawX(height, width, insetArea(height, width, 1), true);
    case 'noisyX':
      return addNoise(xPicture(height, width));
    case 'blank':
      return createMatrix(height, width, -1);
  }
}

/**
 * `m` at `height` x `width`, its content kept centred: row r of the result is row
 * r - offset of `m`, with offset = trunc((height - m.height) / 2) (columns alike). When the
 * difference is odd, the extra row or column is added, or dropped, at the bottom or right, so
 * growing and then shrinking back gives the original. New cells get `fill`.
 * Returns `m` itself when the shape is unchanged. Checks nothing about the sizes.
 */
export function resizeCentred(m: Matrix, height: number, width: number, fill: number): Matrix {
  if (m.height === height && m.width === width) return m;
  const out = createMatrix(height, width, fill);
  const dy = Math.trunc((height - m.height) / 2);
  const dx = Math.trunc((width - m.width) / 2);
  for (let r = Math.max(0, dy); r < Math.min(height, m.height + dy); r++) {
    for (let c = Math.max(0, dx); c < Math.min(width, m.width + dx); c++) {
      out.data[r * width + c] = m.data[(r - dy) * m.width + c - dx]!;
    }
  }
  return out;
}

/**
 * The picture at a new size with the drawing kept centred (see resizeCentred); new pixels are
 * background (-1). The same object when the size is unchanged.
 * @throws RangeError when a side is not an integer from 1 to 64.
 */
export function resizeInput(input: Matrix, height: number, width: number): Matrix {
  checkSide('resizeInput: height', height);
  checkSide('resizeInput: width', width);
  return resizeCentred(input, height, width, -1);
}

/** Swaps stroke and background: every value v becomes -v. */
export function invert(input: Matrix): Matrix {
  const data = new Float64Array(input.data.length);
  for (let i = 0; i < data.length; i++) data[i] = -input.data[i]! || 0;
  return { height: input.height, width: input.width, data };
}
