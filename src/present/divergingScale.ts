import { interpolateRdBu } from 'd3-scale-chromatic';
import { grayScale, textOn, type Domain, type GrayScale } from './grayScale';

// A diverging colour map for signed maps: ColorBrewer's red-blue (d3-scale-chromatic's
// interpolateRdBu), negative red, positive blue, and zero drawn exactly white, so a feature
// map reads as "where the picture matches the kernel (blue) and where it is its opposite
// (red)". The domain is made symmetric about 0 (-m..m with m the larger end), so the same
// colour strength means the same size on both sides. 255 levels: level 127 is 0.
const STEPS = 254;
const MIDDLE = 127;

function rgbOf(css: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map(Number);
  return [r, g, b];
}

/** Red-blue bytes of the 256 levels (level 255 repeats 254). */
export const DIVERGING_RGB: Uint8Array = Uint8Array.from(
  Array.from({ length: 256 }, (_, l) =>
    l === MIDDLE ? [255, 255, 255] : rgbOf(interpolateRdBu(Math.min(l, STEPS) / STEPS)),
  ).flat(),
);

const COLORS: readonly string[] = Array.from(
  { length: 256 },
  (_, l) =>
    `rgb(${DIVERGING_RGB[l * 3]}, ${DIVERGING_RGB[l * 3 + 1]}, ${DIVERGING_RGB[l * 3 + 2]})`,
);
const TEXT: readonly string[] = COLORS.map(textOn);

/**
 * The diverging scale for a domain that holds values below and above 0; a domain on one side
 * of 0 (a ReLU map, say) keeps the linear gray, since it has no sign to show.
 */
export function divergingScale(domain: Domain): GrayScale {
  const [lo, hi] = domain;
  if (!(lo < 0 && hi > 0)) return grayScale(domain);
  const m = Math.max(-lo, hi);
  // Symmetric rounding: v and -v sit equally far from the white middle.
  const level = (v: number) => {
    if (!(v === v)) return MIDDLE;
    const steps = Math.round((Math.min(Math.abs(v), m) / m) * MIDDLE);
    return v < 0 ? MIDDLE - steps : MIDDLE + steps;
  };
  return {
    domain: [-m, m],
    color: (v) => COLORS[level(v)]!,
    level,
    textColor: (v) => TEXT[level(v)]!,
    uniform: false,
    palette: DIVERGING_RGB,
    ends: ['red', 'blue'],
  };
}
