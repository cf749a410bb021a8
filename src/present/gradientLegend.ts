import { extent, type Matrix } from '../core';
import { divergingScale } from './divergingScale';
import type { GrayScale } from './grayScale';

/**
 * The negated map: the direction one step of gradient descent moves (what lowers the loss),
 * which is also d log p(label) / d (each number): positive where raising the number makes the
 * label more likely. `+ 0` keeps -0 from being written as "-0".
 */
export function stepOf(m: Matrix): Matrix {
  return { height: m.height, width: m.width, data: m.data.map((v) => -v + 0) };
}

/**
 * A diverging scale symmetric about 0 over the map's values (zero white, the larger end
 * full blue or full red). An all-zero map gets a tiny symmetric domain, so it stays white.
 */
export function symmetricScale(m: Matrix): GrayScale {
  const [lo, hi] = extent(m);
  const top = Math.max(Math.abs(lo), Math.abs(hi), 1e-12);
  return divergingScale([-top, top]);
}

/** What the two ends of a step map mean, in class names. */
export interface PushSides {
  /** Blue (positive): raising the number makes this class more likely. */
  readonly toward: string;
  /**
   * Red (negative): with two classes, the other class becomes more likely; with more, there
   * is no one class it pushes toward (null: "less <toward>").
   */
  readonly away: string | null;
}

/**
 * The classes a step map's ends push toward, for the label the loss is of: with two classes
 * d log p(a) = -d log p(b) up to the factor p(b) / p(a) (the decision is the difference of two
 * scores), so what lowers one raises the other.
 */
export function pushSides(classes: readonly string[], label: number): PushSides {
  const toward = classes[label] ?? '';
  const away = classes.length === 2 ? classes[1 - label]! : null;
  return { toward, away };
}

/** The number of largest-magnitude cells, row-major index and value, strongest first. */
export function strongest(m: Matrix, count: number): { index: number; value: number }[] {
  return Array.from(m.data, (value, index) => ({ index, value }))
    .filter((c) => c.value !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.index - b.index)
    .slice(0, count);
}

/**
 * The colour stops of a legend bar from the scale's top level (full blue, positive, at 0 %)
 * through white to its bottom level (full red, at 100 %): 11 of the palette's levels, the
 * same colours the cells use. For `linear-gradient(<direction>, <stops>)`.
 */
export function barStops(palette: Uint8Array): string {
  return Array.from({ length: 11 }, (_, i) => {
    const l = Math.round(((10 - i) * 254) / 10) * 3;
    return `rgb(${palette[l]}, ${palette[l + 1]}, ${palette[l + 2]}) ${i * 10}%`;
  }).join(', ');
}
