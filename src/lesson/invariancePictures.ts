import { createMatrix, extent, seededRandom, shuffled, type Matrix } from '../core';
import { sinCos } from '../core/random';

/**
 * Image operations for the invariance lab's gallery, on any picture: the background is the
 * picture's smallest value (-1 for the page's pictures), a stroke pixel is one above the
 * middle of its range. Nearest-neighbour sampling, so ±1 pictures stay ±1. None mutates `m`.
 */

function background(m: Matrix): number {
  return m.data.length > 0 ? extent(m)[0] : -1;
}

function isStroke(m: Matrix, v: number): boolean {
  const [lo, hi] = extent(m);
  return lo < hi && v > (lo + hi) / 2;
}

/** Each output pixel read from `source(r, c)`, background where that falls outside. */
function resample(m: Matrix, source: (r: number, c: number) => [number, number]): Matrix {
  const { height, width } = m;
  const out = createMatrix(height, width, background(m));
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const [sr, sc] = source(r, c);
      if (sr >= 0 && sr < height && sc >= 0 && sc < width) {
        out.data[r * width + c] = m.data[sr * width + sc]!;
      }
    }
  }
  return out;
}

/** Moved `dy` rows down and `dx` columns right (negative: up, left). */
export function shiftPicture(m: Matrix, dy: number, dx: number): Matrix {
  return resample(m, (r, c) => [r - dy, c - dx]);
}

/** Turned `degrees` anticlockwise (negative: clockwise) about the centre. */
export function rotatePicture(m: Matrix, degrees: number): Matrix {
  const [sin, cos] = sinCos((degrees * Math.PI) / 180);
  const cy = (m.height - 1) / 2;
  const cx = (m.width - 1) / 2;
  return resample(m, (r, c) => {
    const y = r - cy;
    const x = c - cx;
    return [Math.round(cy + sin * x + cos * y), Math.round(cx + cos * x - sin * y)];
  });
}

/** Scaled by `factor` about the centre (0.75: smaller, 1.25: larger). */
export function scalePicture(m: Matrix, factor: number): Matrix {
  const cy = (m.height - 1) / 2;
  const cx = (m.width - 1) / 2;
  return resample(m, (r, c) => [
    Math.round(cy + (r - cy) / factor),
    Math.round(cx + (c - cx) / factor),
  ]);
}

/** Every stroke one pixel wider: a stroke pixel also colours the pixel on its right. */
export function thickerPicture(m: Matrix): Matrix {
  const out = createMatrix(m.height, m.width, 0);
  for (let i = 0; i < m.data.length; i++) {
    const left = i % m.width > 0 ? m.data[i - 1]! : -Infinity;
    out.data[i] = Math.max(m.data[i]!, left);
  }
  return out;
}

/** Every horizontal run of two or more stroke pixels loses its leftmost pixel. */
export function thinnerPicture(m: Matrix): Matrix {
  const bg = background(m);
  const out = createMatrix(m.height, m.width, 0);
  out.data.set(m.data);
  for (let i = 0; i < m.data.length; i++) {
    const c = i % m.width;
    const here = isStroke(m, m.data[i]!);
    const left = c > 0 && isStroke(m, m.data[i - 1]!);
    const right = c < m.width - 1 && isStroke(m, m.data[i + 1]!);
    if (here && !left && right) out.data[i] = bg;
  }
  return out;
}

/**
 * `share` of the pixels (rounded) flipped to the other end of the range (±1 -> ∓1), chosen by
 * a seeded shuffle: the same pixels every time, and 10 % flips the 5 %'s pixels and more.
 */
export function noisyPicture(m: Matrix, share: number, seed = 1): Matrix {
  const [lo, hi] = m.data.length > 0 ? extent(m) : [0, 0];
  const order = shuffled(
    Array.from(m.data, (_, i) => i),
    seededRandom(seed),
  );
  const out = createMatrix(m.height, m.width, 0);
  out.data.set(m.data);
  const count = Math.round(share * m.data.length);
  for (const i of order.slice(0, count)) {
    out.data[i] = lo < hi ? lo + hi - m.data[i]! : -m.data[i]!;
  }
  return out;
}

/** The top-right corner, a third of each side (rounded up), set to the background. */
export function eraseCorner(m: Matrix): Matrix {
  const bg = background(m);
  const out = createMatrix(m.height, m.width, 0);
  out.data.set(m.data);
  const rows = Math.ceil(m.height / 3);
  const cols = Math.ceil(m.width / 3);
  for (let r = 0; r < rows; r++) out.data.fill(bg, r * m.width + m.width - cols, (r + 1) * m.width);
  return out;
}
