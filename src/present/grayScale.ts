/** [lowest, highest] value that the grays span. */
export type Domain = readonly [number, number];

/** A colour function for one domain, plus what a legend and a value label need. */
export interface GrayScale {
  readonly domain: Domain;
  /** CSS colour of a value: low dark, high light. */
  readonly color: (v: number) => string;
  /** The gray level 0..255 of a value, an index into LEVEL_RGB. */
  readonly level: (v: number) => number;
  /** A text colour readable on `color(v)`: black on light cells, white on dark ones. */
  readonly textColor: (v: number) => string;
  /** True when the domain is a single value: every cell is drawn mid-gray. */
  readonly uniform: boolean;
  /** The red, green and blue bytes of each of the 256 levels (LEVEL_RGB for grays). */
  readonly palette: Uint8Array;
  /** The colours the legend names for the low and high ends ('black'/'white', ...). */
  readonly ends: readonly [ScaleEnd, ScaleEnd];
}

/** A legend's name for an end of a scale. */
export type ScaleEnd = 'black' | 'white' | 'red' | 'green' | 'blue';

// matplotlib's `cmap='gray'` in the seed draws low values black and high values white, on a
// straight line: a value a fraction t of the way up is gray level round(255 * t), so the
// middle of the range is level 128 (not a curve such as ColorBrewer's Greys, which draws it
// at 151). Colours are precomputed for the 256 levels an 8-bit display shows, so painting a
// cell is a table look-up, not a string build.
const LEVELS = 256;
const COLORS: readonly string[] = Array.from({ length: LEVELS }, (_, i) => `rgb(${i}, ${i}, ${i})`);
// Text on a cell is black or white, whichever contrasts more with the cell (WCAG relative
// luminance): black wins when (L + 0.05) / 0.05 > 1.05 / (L + 0.05), i.e. L > 0.179.
function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map((n) => {
    const c = Number(n) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** The red, green and blue bytes of each of the 256 levels, for drawing into ImageData. */
export const LEVEL_RGB: Uint8Array = Uint8Array.from(
  COLORS.flatMap((c) => (c.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number)),
);

const TEXT: readonly string[] = COLORS.map((c) => (luminance(c) > 0.179 ? '#000' : '#fff'));

/** Black or white text, whichever reads better on a CSS colour (exported for other palettes). */
export function textOn(css: string): string {
  return luminance(css) > 0.179 ? '#000' : '#fff';
}

/** The level 0..255 of `v` within `domain` (clamped), 128 for a single-value domain. */
export function grayLevel(domain: Domain, v: number): number {
  return levelFor(domain)(v);
}

/**
 * grayLevel for one domain, with the domain read once: painting calls it for every cell of
 * every map (73,000 cells a click at 64x64 with 8 kernels).
 */
export function levelFor(domain: Domain): (v: number) => number {
  const [lo, hi] = domain;
  if (!(hi > lo)) return () => 128;
  const span = hi - lo;
  return (v) => {
    const t = (v - lo) / span;
    if (!(t > 0)) return 0;
    if (t >= 1) return LEVELS - 1;
    return Math.round(t * (LEVELS - 1));
  };
}

/** The gray scale for a domain. */
export function grayScale(domain: Domain): GrayScale {
  const level = levelFor(domain);
  return {
    domain,
    color: (v) => COLORS[level(v)]!,
    level,
    textColor: (v) => TEXT[level(v)]!,
    uniform: !(domain[1] > domain[0]),
    palette: LEVEL_RGB,
    ends: ['black', 'white'],
  };
}

/** The colour of gray level `level` (0 = black, 255 = white). */
export function grayAt(level: number): string {
  return COLORS[Math.max(0, Math.min(LEVELS - 1, Math.round(level)))]!;
}
