import { describe, expect, it } from 'vitest';
import { blockRegion, mergeHighlights } from '../../src/present/blockRegion';
import { reducer, seedState } from '../../src/state';

const two = reducer(seedState(), { type: 'addBlock' });
// The seed with a second block: 9x9 -> 7x7 feature maps -> 4x4 pooled -> (padding 1) 4x4 -> 2x2.
const shapes = [
  { feature: { height: 7, width: 7 }, pooled: { height: 4, width: 4 } },
  { feature: { height: 4, width: 4 }, pooled: { height: 2, width: 2 } },
];
const square = (rows: number, cols: number, width: number) =>
  Array.from({ length: rows * cols }, (_, i) => Math.floor(i / cols) * width + (i % cols));

describe('blockRegion', () => {
  it("outlines a block-2 cell's window in every pooled map of block 1, the cells they pool, and the picture", () => {
    const h = blockRegion(two, shapes, { b: 2, k: 0, index: 0 });
    expect([...h.get('conv2-0')!]).toEqual([0]);
    // The top-left cell's 3x3 window with padding 1 covers pooled rows and columns 0..1.
    for (let k = 0; k < 3; k++) {
      expect([...h.get(`pool-${k}`)!].sort((a, b) => a - b)).toEqual([0, 1, 4, 5]);
      // Those four pooled cells reduce the 2x2 windows over feature rows and columns 0..3.
      expect([...h.get(`conv-${k}`)!].sort((a, b) => a - b)).toEqual(square(4, 4, 7));
      expect([...h.get(`relu-${k}`)!].sort((a, b) => a - b)).toEqual(square(4, 4, 7));
    }
    // ...which the 3x3 kernels read from picture rows and columns 0..5.
    expect([...h.get('input')!].sort((a, b) => a - b)).toEqual(square(6, 6, 9));
  });

  it('merges into the page highlights without losing either', () => {
    const a = new Map([['input', new Set([1, 2])]]);
    const b = new Map([
      ['input', new Set([2, 3])],
      ['pool-0', new Set([0])],
    ]);
    const merged = mergeHighlights(a, b);
    expect([...merged.get('input')!]).toEqual([1, 2, 3]);
    expect([...merged.get('pool-0')!]).toEqual([0]);
    expect(mergeHighlights(a, null)).toBe(a);
  });
});
