/** A point of a curve, in data units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * About `count` round tick values covering lo..hi (steps of 1, 2 or 5 times a power of ten),
 * each a multiple of the step, rounded so that 0.1 + 0.2 prints as 0.3.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
    ticks.push(Number(v.toFixed(digits)));
  }
  return ticks;
}

/**
 * At most `max` points of `values` (x = index + 1, the step's number), each the mean of an
 * equal run of neighbours, so a long curve keeps its shape with a bounded path.
 */
export function downsample(values: readonly number[], max: number): Point[] {
  const n = values.length;
  if (n <= max) return values.map((y, i) => ({ x: i + 1, y }));
  const points: Point[] = [];
  for (let b = 0; b < max; b++) {
    const from = Math.floor((b * n) / max);
    const to = Math.floor(((b + 1) * n) / max);
    let sum = 0;
    for (let i = from; i < to; i++) sum += values[i]!;
    points.push({ x: (from + to + 1) / 2, y: sum / (to - from) });
  }
  return points;
}

/** A linear map from a data domain onto a pixel range. */
export function scale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** An SVG path through the points ("M x y L x y ..."), to 2 decimals. */
export function linePath(
  points: readonly Point[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(2)} ${y(p.y).toFixed(2)}`)
    .join(' ');
}
