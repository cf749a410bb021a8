import { integerIn, seededRandom, sinCos, uniform, type Random } from './random';
import type { Tensor } from './tensor';

/** The classes of the generated examples, in label order. */
export const XO_CLASSES: readonly string[] = ['X', 'O'];

export interface XoExampleOptions {
  /** 7 to 64. */
  readonly height: number;
  readonly width: number;
  /** How many pictures, 1 to 10,000; X's and O's alternate, X first. */
  readonly count: number;
  /** Any integer: the same seed gives the same pictures everywhere. */
  readonly seed: number;
  /** Largest shift of the centre along each axis, in pixels. Default: side / 9 (1 at 9x9). */
  readonly maxShift?: number;
  /** Largest rotation either way, in degrees (at most 90). Default 15. */
  readonly maxRotation?: number;
  /** Size relative to the seed's X and O, smallest and largest. Default [0.8, 1.15]. */
  readonly scale?: readonly [number, number];
  /** Stroke width in pixels at 9x9 (grows with the side), thinnest and thickest. Default [0.9, 1.8]. */
  readonly thickness?: readonly [number, number];
  /** Largest share of pixels flipped at random. Default 0.05. */
  readonly noise?: number;
  /** Chance that a part of the picture is erased. Default 0.2. */
  readonly erase?: number;
}

/** How one example was drawn, for a gallery's caption. */
export interface XoVariation {
  readonly shiftY: number;
  readonly shiftX: number;
  readonly rotation: number;
  readonly scale: number;
  readonly thickness: number;
  readonly flipped: number;
  readonly erased: boolean;
}

export interface XoExample {
  readonly input: Tensor;
  /** 0 for X, 1 for O (XO_CLASSES). */
  readonly label: number;
  readonly variation: XoVariation;
}

/**
 * Seeded pictures of X's and O's on ±1 pixels (+1 the stroke), drawn from geometry: an X is two
 * strokes through the centre, an O an ellipse, both rasterised by each pixel centre's distance
 * to the shape, then shifted, scaled, rotated, thickened or thinned, with noisy pixels and
 * maybe a part erased. At 9x9 with no variation they are the seed's X and O.
 * @throws RangeError for a size outside 7..64, a count outside 1..10000 or a bad option.
 */
export function xoExamples(options: XoExampleOptions): XoExample[] {
  const { height, width, count, seed } = options;
  const side = (name: string, v: number): void => {
    if (!Number.isInteger(v) || v < 7 || v > 64) {
      throw new RangeError(`xoExamples: ${name} must be an integer from 7 to 64, got ${v}`);
    }
  };
  side('height', height);
  side('width', width);
  if (!Number.isInteger(count) || count < 1 || count > 10_000) {
    throw new RangeError(`xoExamples: count must be an integer from 1 to 10000, got ${count}`);
  }
  if (!Number.isInteger(seed))
    throw new RangeError(`xoExamples: seed must be an integer, got ${seed}`);
  const unit = Math.min(height, width) / 9;
  const maxShift = range('maxShift', options.maxShift ?? unit, 0, 32);
  const maxRotation = range('maxRotation', options.maxRotation ?? 15, 0, 90);
  const [scaleLo, scaleHi] = pair('scale', options.scale ?? [0.8, 1.15], 0.1, 3);
  const [thinLo, thinHi] = pair('thickness', options.thickness ?? [0.9, 1.8], 0.1, 9);
  const noise = range('noise', options.noise ?? 0.05, 0, 0.5);
  const erase = range('erase', options.erase ?? 0.2, 0, 1);
  const random = seededRandom(seed);
  const examples: XoExample[] = [];
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const variation: XoVariation = {
      shiftY: uniform(random, -maxShift, maxShift),
      shiftX: uniform(random, -maxShift, maxShift),
      rotation: uniform(random, -maxRotation, maxRotation),
      scale: uniform(random, scaleLo, scaleHi),
      thickness: uniform(random, thinLo, thinHi) * unit,
      flipped: Math.floor(uniform(random, 0, noise) * height * width),
      erased: random() < erase,
    };
    examples.push({ input: draw(label, height, width, variation, random), label, variation });
  }
  return examples;
}

/** Rasterises one X (label 0) or O (label 1) with its variation. */
function draw(label: number, h: number, w: number, v: XoVariation, random: Random): Tensor {
  const data = new Float64Array(h * w);
  const [sin, cos] = sinCos((v.rotation * Math.PI) / 180);
  const cy = h / 2 + v.shiftY;
  const cx = w / 2 + v.shiftX;
  // The seed's X reaches 3 pixels from the centre at 9x9, its O has radius 3.
  const reachY = (h / 3) * v.scale;
  const reachX = (w / 3) * v.scale;
  const half = v.thickness / 2;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      // The pixel centre in the shape's own (unrotated, unit) frame.
      const dy = r + 0.5 - cy;
      const dx = c + 0.5 - cx;
      const y = cos * dy - sin * dx;
      const x = sin * dy + cos * dx;
      const on =
        label === 0
          ? xDistance(y, x, reachY, reachX) <= half
          : oDistance(y, x, reachY, reachX) <= half;
      data[r * w + c] = on ? 1 : -1;
    }
  }
  for (let k = 0; k < v.flipped; k++) {
    const at = integerIn(random, 0, h * w - 1);
    data[at] = -data[at]!;
  }
  if (v.erased) {
    const eh = Math.max(2, Math.round(h / 3));
    const ew = Math.max(2, Math.round(w / 3));
    const top = integerIn(random, 0, h - eh);
    const left = integerIn(random, 0, w - ew);
    for (let r = top; r < top + eh; r++) data.fill(-1, r * w + left, r * w + left + ew);
  }
  return { channels: 1, height: h, width: w, data };
}

/** Distance from (y, x) to the nearer of the X's two strokes, corner to corner of the box. */
function xDistance(y: number, x: number, ry: number, rx: number): number {
  return Math.min(segmentDistance(y, x, -ry, -rx, ry, rx), segmentDistance(y, x, -ry, rx, ry, -rx));
}

function segmentDistance(
  y: number,
  x: number,
  y0: number,
  x0: number,
  y1: number,
  x1: number,
): number {
  const sy = y1 - y0;
  const sx = x1 - x0;
  let t = ((y - y0) * sy + (x - x0) * sx) / (sy * sy + sx * sx);
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ey = y - (y0 + t * sy);
  const ex = x - (x0 + t * sx);
  return Math.sqrt(ey * ey + ex * ex);
}

/** Distance from (y, x) to the ellipse with radii ry, rx, measured along the ray from the centre. */
function oDistance(y: number, x: number, ry: number, rx: number): number {
  const rho = Math.sqrt(y * y + x * x);
  const q = Math.sqrt((y / ry) * (y / ry) + (x / rx) * (x / rx));
  if (q === 0) return Math.min(ry, rx);
  return Math.abs(rho - rho / q);
}

function range(name: string, v: number, lo: number, hi: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
    throw new RangeError(`xoExamples: ${name} must be a number from ${lo} to ${hi}, got ${v}`);
  }
  return v;
}

function pair(
  name: string,
  v: readonly [number, number],
  lo: number,
  hi: number,
): [number, number] {
  if (!Array.isArray(v) || v.length !== 2) {
    throw new RangeError(`xoExamples: ${name} must be [smallest, largest], got ${String(v)}`);
  }
  const a = range(`${name}[0]`, v[0], lo, hi);
  const b = range(`${name}[1]`, v[1], lo, hi);
  if (a > b)
    throw new RangeError(`xoExamples: ${name} must be [smallest, largest], got [${a}, ${b}]`);
  return [a, b];
}
