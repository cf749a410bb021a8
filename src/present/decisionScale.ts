import { interpolatePiYG } from 'd3-scale-chromatic';

/** The colours of the votes: a diverging scale, pink below zero, white at zero, green above. */
export interface VoteScale {
  /** Symmetric around zero: [-m, m]. */
  readonly domain: readonly [number, number];
  /** The level 0..LEVELS-1 of a value (clamped); zero is the middle level, drawn white. */
  readonly level: (v: number) => number;
  /** CSS colour of a value. */
  readonly color: (v: number) => string;
  /** Black or white, whichever reads better on `color(v)`. */
  readonly textColor: (v: number) => string;
}

/** An odd count, so that zero has a level of its own, exactly in the middle. */
export const VOTE_LEVELS = 255;
const MIDDLE = (VOTE_LEVELS - 1) / 2;

/** Red, green and blue of each level: ColorBrewer's PiYG, with its middle level pure white. */
export const VOTE_RGB: Uint8Array = Uint8Array.from(
  Array.from({ length: VOTE_LEVELS }, (_, l) =>
    l === MIDDLE ? [255, 255, 255] : rgbOf(interpolatePiYG(l / (VOTE_LEVELS - 1))),
  ).flat(),
);

function rgbOf(css: string): number[] {
  return (css.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
}

const COLORS: readonly string[] = Array.from(
  { length: VOTE_LEVELS },
  (_, l) => `rgb(${VOTE_RGB[l * 3]}, ${VOTE_RGB[l * 3 + 1]}, ${VOTE_RGB[l * 3 + 2]})`,
);

// WCAG relative luminance: black text wins above 0.179.
const TEXT: readonly string[] = Array.from({ length: VOTE_LEVELS }, (_, l) => {
  const [r, g, b] = [0, 1, 2].map((k) => {
    const c = VOTE_RGB[l * 3 + k]! / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.179 ? '#000' : '#fff';
});

/**
 * The largest vote in size over every class (biases aside), for a domain symmetric around
 * zero; 1 when every vote is 0 or none is finite, so the scale still has a span.
 */
export function voteExtent(weight: readonly ArrayLike<number>[]): number {
  let m = 0;
  for (const row of weight) {
    for (let i = 0; i < row.length; i++) {
      const a = Math.abs(row[i]!);
      if (a > m && Number.isFinite(a)) m = a;
    }
  }
  return m > 0 ? m : 1;
}

/** The diverging scale over [-m, m]. */
export function voteScale(m: number): VoteScale {
  const level = (v: number) => {
    if (Number.isNaN(v)) return MIDDLE;
    const t = (v / m + 1) / 2;
    if (!(t > 0)) return 0;
    if (t >= 1) return VOTE_LEVELS - 1;
    return Math.round(t * (VOTE_LEVELS - 1));
  };
  return {
    domain: [-m, m],
    level,
    color: (v) => COLORS[level(v)]!,
    textColor: (v) => TEXT[level(v)]!,
  };
}

/** The CSS gradient of the scale from -m to m, through 11 of its levels (for a legend). */
export const VOTE_GRADIENT = Array.from({ length: 11 }, (_, i) => {
  const l = Math.round((i * (VOTE_LEVELS - 1)) / 10);
  return `${COLORS[l]} ${i * 10}%`;
}).join(', ');
