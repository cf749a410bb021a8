// Seeded randomness that gives the same numbers on every machine and in every JavaScript
// engine: integer arithmetic only (mulberry32), and sine and cosine from their series with
// + - * / only, which IEEE 754 rounds the same everywhere (Math.sin may differ by an ulp).

/** A seeded generator of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; any integer seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number uniform in [lo, hi). */
export function uniform(random: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

/** An integer uniform in lo..hi (both included). */
export function integerIn(random: Random, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** A normal sample (Box-Muller would need Math.log and Math.cos: Irwin-Hall of 12 instead). */
export function normal(random: Random): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random();
  return sum - 6;
}

/** The list shuffled (Fisher-Yates) into a new array. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/** sin and cos of an angle in radians, |angle| <= pi / 2, from their Taylor series. */
export function sinCos(angle: number): [sin: number, cos: number] {
  const x2 = angle * angle;
  let sin = 0;
  let cos = 0;
  let termS = angle;
  let termC = 1;
  for (let n = 0; n < 12; n++) {
    sin += termS;
    cos += termC;
    termS = (-termS * x2) / ((2 * n + 2) * (2 * n + 3));
    termC = (-termC * x2) / ((2 * n + 1) * (2 * n + 2));
  }
  return [sin, cos];
}
