import { describe, expect, it } from 'vitest';
import { divergingScale, DIVERGING_RGB } from '../../src/present/divergingScale';
import { grayScale, LEVEL_RGB } from '../../src/present/grayScale';
import { scaleOf } from '../../src/present/stageScales';

const rgb = (palette: Uint8Array, level: number) =>
  Array.from(palette.subarray(level * 3, level * 3 + 3));

describe('divergingScale', () => {
  it('draws zero exactly white and makes the domain symmetric about zero', () => {
    const s = divergingScale([-0.5, 2]);
    expect(s.domain).toEqual([-2, 2]);
    expect(s.level(0)).toBe(127);
    expect(rgb(s.palette, s.level(0))).toEqual([255, 255, 255]);
    expect(s.color(0)).toBe('rgb(255, 255, 255)');
    expect(s.ends).toEqual(['red', 'blue']);
  });

  it('draws the ends as ColorBrewer red-blue: -m dark red, +m dark blue, equal sizes equally strong', () => {
    const s = divergingScale([-1, 1]);
    expect(s.level(-1)).toBe(0);
    expect(s.level(1)).toBe(254);
    expect(s.color(-1)).toBe('rgb(103, 0, 31)');
    expect(s.color(1)).toBe('rgb(5, 48, 97)');
    expect(s.level(0.5) - 127).toBe(127 - s.level(-0.5));
    expect(s.textColor(-1)).toBe('#fff');
    expect(s.textColor(0)).toBe('#000');
    expect(rgb(DIVERGING_RGB, 255)).toEqual(rgb(DIVERGING_RGB, 254));
  });

  it('keeps the linear gray for a map on one side of zero (a ReLU map has no sign to show)', () => {
    const s = divergingScale([0, 1]);
    expect(s.palette).toBe(LEVEL_RGB);
    expect(s.ends).toEqual(['black', 'white']);
    expect(s.level(0.5)).toBe(grayScale([0, 1]).level(0.5));
  });

  it("scaleOf picks the colour map the page's setting names", () => {
    expect(scaleOf('gray', [-1, 1]).palette).toBe(LEVEL_RGB);
    expect(scaleOf('diverging', [-1, 1]).palette).toBe(DIVERGING_RGB);
  });
});
