import { describe, expect, it } from 'vitest';
import { grayAt, grayLevel, grayScale, LEVEL_RGB } from '../../src/present/grayScale';

// matplotlib's cmap='gray' is linear: level L is drawn rgb(L, L, L).
const linearGray = (level: number) => `rgb(${level}, ${level}, ${level})`;

describe('grayLevel', () => {
  it('maps the low end to 0, the high end to 255 and the middle to round(127.5) = 128', () => {
    expect(grayLevel([-1, 1], -1)).toBe(0);
    expect(grayLevel([-1, 1], 1)).toBe(255);
    expect(grayLevel([-1, 1], 0)).toBe(128);
  });

  it('rounds t * 255 to the nearest level', () => {
    // t = 0.25 -> 63.75 -> 64; t = 0.1 -> 25.5 -> 26 (25.500000000000004 in float64)
    expect(grayLevel([0, 1], 0.25)).toBe(64);
    expect(grayLevel([0, 4], 1)).toBe(64);
    expect(grayLevel([0, 1], 0.1)).toBe(26);
    expect(grayLevel([0, 255], 17.4)).toBe(17);
    expect(grayLevel([0, 255], 17.6)).toBe(18);
  });

  it('clamps values outside the domain to the ends', () => {
    expect(grayLevel([-1, 1], -5)).toBe(0);
    expect(grayLevel([-1, 1], 5)).toBe(255);
    expect(grayLevel([0, 1], Number.NEGATIVE_INFINITY)).toBe(0);
    expect(grayLevel([0, 1], Number.POSITIVE_INFINITY)).toBe(255);
  });

  it('gives 128 for a single-value domain, whatever the value', () => {
    expect(grayLevel([0.5, 0.5], 0.5)).toBe(128);
    expect(grayLevel([0.5, 0.5], -3)).toBe(128);
    expect(grayLevel([0.5, 0.5], 3)).toBe(128);
  });
});

describe('grayScale', () => {
  const s = grayScale([-1, 1]);

  it('keeps the domain it was given and is not uniform for lo < hi', () => {
    expect(s.domain).toEqual([-1, 1]);
    expect(s.uniform).toBe(false);
  });

  it('draws the low end black and the high end white', () => {
    expect(s.color(-1)).toBe('rgb(0, 0, 0)');
    expect(s.color(1)).toBe('rgb(255, 255, 255)');
  });

  it("draws 0 in [-1, 1] halfway, at level 128, rgb(128, 128, 128) as matplotlib's gray does", () => {
    expect(s.color(0)).toBe('rgb(128, 128, 128)');
    expect(s.color(-0.5)).toBe('rgb(64, 64, 64)');
    expect(s.color(0.5)).toBe('rgb(191, 191, 191)');
  });

  it('draws level L as rgb(L, L, L) at every level (a straight line, no curve)', () => {
    const scale = grayScale([0, 255]);
    for (let level = 0; level <= 255; level++) {
      expect(scale.color(level), `level ${level}`).toBe(linearGray(level));
    }
  });

  it('gets lighter (never darker) as the value grows', () => {
    const scale = grayScale([0, 255]);
    const red = (v: number) => Number(/\d+/.exec(scale.color(v))![0]);
    for (let level = 1; level <= 255; level++) {
      expect(red(level)).toBeGreaterThanOrEqual(red(level - 1));
    }
    expect(red(255)).toBeGreaterThan(red(0));
  });

  it('draws values outside the domain like its ends', () => {
    expect(s.color(-7)).toBe('rgb(0, 0, 0)');
    expect(s.color(7)).toBe('rgb(255, 255, 255)');
    expect(s.textColor(-7)).toBe('#fff');
    expect(s.textColor(7)).toBe('#000');
  });

  it('a uniform domain is flagged and draws every value mid-gray', () => {
    const u = grayScale([0.3, 0.3]);
    expect(u.uniform).toBe(true);
    expect(u.color(0.3)).toBe('rgb(128, 128, 128)');
    expect(u.color(-100)).toBe('rgb(128, 128, 128)');
    expect(u.color(100)).toBe('rgb(128, 128, 128)');
    expect(u.color(0.3)).toBe(grayAt(128));
  });

  it('a reversed domain is treated as uniform', () => {
    const r = grayScale([1, -1]);
    expect(r.uniform).toBe(true);
    expect(r.color(1)).toBe('rgb(128, 128, 128)');
  });

  it('writes black on light cells and white on dark ones', () => {
    expect(s.textColor(1)).toBe('#000');
    expect(s.textColor(0.5)).toBe('#000');
    expect(s.textColor(0)).toBe('#000');
    expect(s.textColor(-0.5)).toBe('#fff');
    expect(s.textColor(-1)).toBe('#fff');
  });

  it('switches text from white to black once, going from dark to light', () => {
    const scale = grayScale([0, 255]);
    const texts = Array.from({ length: 256 }, (_, level) => scale.textColor(level));
    const firstBlack = texts.indexOf('#000');
    // rgb(118, 118, 118) has relative luminance 0.181, just above the 0.179 where black wins.
    expect(firstBlack).toBe(118);
    expect(texts.slice(0, firstBlack).every((t) => t === '#fff')).toBe(true);
    expect(texts.slice(firstBlack).every((t) => t === '#000')).toBe(true);
  });

  it('picks the text colour with the higher WCAG contrast against the cell', () => {
    const scale = grayScale([0, 255]);
    const luminance = (css: string) => {
      const c = Number(/\d+/.exec(css)![0]) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    for (let level = 0; level <= 255; level++) {
      const l = luminance(scale.color(level));
      const contrastBlack = (l + 0.05) / 0.05;
      const contrastWhite = 1.05 / (l + 0.05);
      const expected = contrastBlack > contrastWhite ? '#000' : '#fff';
      expect(scale.textColor(level), `level ${level}`).toBe(expected);
    }
  });
});

describe('grayAt', () => {
  it('gives the colour of a level, rounded and clamped to 0..255', () => {
    expect(grayAt(0)).toBe('rgb(0, 0, 0)');
    expect(grayAt(255)).toBe('rgb(255, 255, 255)');
    expect(grayAt(128)).toBe('rgb(128, 128, 128)');
    expect(grayAt(127.6)).toBe(grayAt(128));
    expect(grayAt(-10)).toBe('rgb(0, 0, 0)');
    expect(grayAt(300)).toBe('rgb(255, 255, 255)');
    expect(grayAt(64)).toBe('rgb(64, 64, 64)');
  });
});

describe('level and LEVEL_RGB (for drawing into ImageData)', () => {
  it("scale.level(v) is the gray level of v within the scale's domain", () => {
    const s = grayScale([-1, 1]);
    expect(s.level(-1)).toBe(0);
    expect(s.level(0)).toBe(128);
    expect(s.level(1)).toBe(255);
    expect(s.level(-9)).toBe(0);
    expect(s.level(9)).toBe(255);
    expect(grayScale([2, 2]).level(5)).toBe(128);
  });

  it('LEVEL_RGB holds the red, green and blue bytes of every level, the colour the cells use', () => {
    expect(LEVEL_RGB).toHaveLength(256 * 3);
    expect(Array.from(LEVEL_RGB.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(Array.from(LEVEL_RGB.subarray(128 * 3, 128 * 3 + 3))).toEqual([128, 128, 128]);
    expect(Array.from(LEVEL_RGB.subarray(255 * 3))).toEqual([255, 255, 255]);
    for (let level = 0; level <= 255; level++) {
      const [r, g, b] = LEVEL_RGB.subarray(level * 3, level * 3 + 3);
      expect(`rgb(${r}, ${g}, ${b})`, `level ${level}`).toBe(grayAt(level));
    }
  });
});
