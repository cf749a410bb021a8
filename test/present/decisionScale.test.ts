import { describe, expect, it } from 'vitest';
import {
  VOTE_GRADIENT,
  VOTE_LEVELS,
  VOTE_RGB,
  voteExtent,
  voteScale,
} from '../../src/present/decisionScale';

describe('voteScale', () => {
  const scale = voteScale(2.219041721855138);

  it('is symmetric about zero and draws zero exactly white', () => {
    expect(scale.domain).toEqual([-2.219041721855138, 2.219041721855138]);
    expect(scale.level(0)).toBe(127);
    expect(scale.color(0)).toBe('rgb(255, 255, 255)');
    expect(VOTE_LEVELS).toBe(255);
  });

  it("draws the ends in ColorBrewer PiYG's pink and green, clamped beyond them", () => {
    expect(scale.level(-2.219041721855138)).toBe(0);
    expect(scale.level(2.219041721855138)).toBe(254);
    expect(scale.level(-100)).toBe(0);
    expect(scale.level(100)).toBe(254);
    expect(scale.color(-100)).toBe('rgb(142, 1, 82)');
    expect(scale.color(100)).toBe('rgb(39, 100, 25)');
    expect(Array.from(VOTE_RGB.subarray(0, 3))).toEqual([142, 1, 82]);
  });

  it('writes black text on light cells and white on the dark ends', () => {
    expect(scale.textColor(0)).toBe('#000');
    expect(scale.textColor(-100)).toBe('#fff');
    expect(scale.textColor(100)).toBe('#fff');
  });

  it('draws a value that is not a number white, as zero', () => {
    expect(scale.level(NaN)).toBe(127);
  });

  it('runs its legend gradient from pink through white to green', () => {
    expect(VOTE_GRADIENT.startsWith('rgb(142, 1, 82) 0%')).toBe(true);
    expect(VOTE_GRADIENT).toContain('rgb(255, 255, 255) 50%');
    expect(VOTE_GRADIENT.endsWith('rgb(39, 100, 25) 100%')).toBe(true);
  });
});

describe('voteExtent', () => {
  it('is the largest vote in size, over every class', () => {
    expect(
      voteExtent([
        [0.5, -3],
        [2, 1],
      ]),
    ).toBe(3);
  });

  it('is 1 when every vote is 0, so that the scale keeps a span', () => {
    expect(
      voteExtent([
        [0, 0],
        [0, 0],
      ]),
    ).toBe(1);
    expect(voteExtent([])).toBe(1);
  });
});
