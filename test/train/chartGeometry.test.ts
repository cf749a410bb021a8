import { describe, expect, it } from 'vitest';
import { downsample, linePath, niceTicks, scale } from '../../src/train/chartGeometry';

describe('the chart geometry', () => {
  it('puts round ticks over a range, in steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0, 0.7, 4)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(0, 15, 4)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0, 1234, 4)).toEqual([0, 500, 1000]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('keeps short curves as they are and averages long ones into equal runs', () => {
    expect(downsample([5, 6], 4)).toEqual([
      { x: 1, y: 5 },
      { x: 2, y: 6 },
    ]);
    expect(downsample([1, 3, 5, 7], 2)).toEqual([
      { x: 1.5, y: 2 },
      { x: 3.5, y: 6 },
    ]);
  });

  it('maps data onto pixels and draws a path through them', () => {
    const x = scale([0, 10], [0, 100]);
    const y = scale([0, 1], [50, 0]);
    expect(x(2.5)).toBe(25);
    expect(y(1)).toBe(0);
    expect(
      linePath(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0.5 },
        ],
        x,
        y,
      ),
    ).toBe('M0.00 50.00 L100.00 25.00');
  });
});
