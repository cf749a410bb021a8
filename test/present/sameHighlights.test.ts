import { describe, expect, it } from 'vitest';
import { sameCells, sameHighlights } from '../../src/present/sameHighlights';

describe('sameCells', () => {
  it('compares the cells, not the sets', () => {
    expect(sameCells(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(sameCells(new Set([1, 2]), new Set([1, 3]))).toBe(false);
    expect(sameCells(new Set([1]), new Set([1, 2]))).toBe(false);
    expect(sameCells(undefined, undefined)).toBe(true);
    expect(sameCells(undefined, new Set())).toBe(false);
  });
});

describe('sameHighlights', () => {
  it('holds for the same maps with the same cells, in any order', () => {
    const a = new Map([
      ['input', new Set([0, 1])],
      ['conv-0', new Set([4])],
    ]);
    const b = new Map([
      ['conv-0', new Set([4])],
      ['input', new Set([1, 0])],
    ]);
    expect(sameHighlights(a, b)).toBe(true);
  });

  it('fails for another map or another cell', () => {
    const a = new Map([['input', new Set([0])]]);
    expect(sameHighlights(a, new Map([['conv-0', new Set([0])]]))).toBe(false);
    expect(sameHighlights(a, new Map([['input', new Set([1])]]))).toBe(false);
    expect(sameHighlights(a, new Map())).toBe(false);
  });
});
