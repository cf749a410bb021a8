import { describe, expect, it } from 'vitest';
import { fromRows, pad2d, toRows } from '../../src/core';

const x = fromRows([
  [1, 2],
  [3, 4],
]);

describe('pad2d', () => {
  it('adds zero rows and columns on each side by the given amounts', () => {
    const padded = pad2d(x, { top: 1, right: 2, bottom: 0, left: 1 });
    expect(padded.height).toBe(3);
    expect(padded.width).toBe(5);
    expect(toRows(padded)).toEqual([
      [0, 0, 0, 0, 0],
      [0, 1, 2, 0, 0],
      [0, 3, 4, 0, 0],
    ]);
  });

  it('pads only the bottom and right, as the seed pads 7x7 to 8x8', () => {
    expect(toRows(pad2d(x, { top: 0, right: 1, bottom: 1, left: 0 }))).toEqual([
      [1, 2, 0],
      [3, 4, 0],
      [0, 0, 0],
    ]);
  });

  it('fills the border with the given value', () => {
    expect(toRows(pad2d(x, { top: 1, right: 1, bottom: 1, left: 1 }, -1))).toEqual([
      [-1, -1, -1, -1],
      [-1, 1, 2, -1],
      [-1, 3, 4, -1],
      [-1, -1, -1, -1],
    ]);
  });

  it('returns an equal copy, not the input itself, for zero padding', () => {
    const same = pad2d(x, { top: 0, right: 0, bottom: 0, left: 0 });
    expect(toRows(same)).toEqual(toRows(x));
    expect(same.data).not.toBe(x.data);
  });

  it('does not modify its input', () => {
    pad2d(x, { top: 2, right: 2, bottom: 2, left: 2 }, 5);
    expect(toRows(x)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects a negative side with a RangeError naming the side', () => {
    expect(() => pad2d(x, { top: -1, right: 0, bottom: 0, left: 0 })).toThrow(RangeError);
    expect(() => pad2d(x, { top: -1, right: 0, bottom: 0, left: 0 })).toThrow(
      /pad2d: top must be a non-negative integer, got -1/,
    );
  });

  it('rejects a fractional or infinite side and names it', () => {
    expect(() => pad2d(x, { top: 0, right: 0.5, bottom: 0, left: 0 })).toThrow(
      /pad2d: right .*got 0\.5/,
    );
    expect(() => pad2d(x, { top: 0, right: 0, bottom: NaN, left: 0 })).toThrow(
      /pad2d: bottom .*got NaN/,
    );
    expect(() => pad2d(x, { top: 0, right: 0, bottom: 0, left: Infinity })).toThrow(
      /pad2d: left .*got Infinity/,
    );
  });

  it('rejects a non-finite fill value with a RangeError naming the value', () => {
    expect(() => pad2d(x, { top: 1, right: 1, bottom: 1, left: 1 }, NaN)).toThrow(RangeError);
    expect(() => pad2d(x, { top: 1, right: 1, bottom: 1, left: 1 }, NaN)).toThrow(
      /pad2d: value must be a finite number, got NaN/,
    );
  });
});
