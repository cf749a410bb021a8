import { describe, expect, it } from 'vitest';
import { ceilOutputSize, outputSize } from '../../src/core';

describe('outputSize', () => {
  it('a valid 3x3 convolution shrinks 9 to 7', () => {
    // (9 - 3) / 1 + 1
    expect(outputSize(9, 3)).toBe(7);
  });

  it('2x2 pooling with stride 2 takes 7 to 3, dropping the last cell', () => {
    // floor((7 - 2) / 2) + 1 = 2 + 1
    expect(outputSize(7, 2, 2)).toBe(3);
    expect(outputSize(8, 2, 2)).toBe(4);
  });

  it('padding 1 with a 3x3 kernel keeps the size ("same")', () => {
    expect(outputSize(5, 3, 1, 1)).toBe(5);
    // floor((32 + 4 - 5) / 1) + 1
    expect(outputSize(32, 5, 1, 2)).toBe(32);
  });

  it('combines stride and padding: 5, kernel 3, stride 2, padding 1 gives 3', () => {
    // floor((5 + 2 - 3) / 2) + 1 = 2 + 1
    expect(outputSize(5, 3, 2, 1)).toBe(3);
  });

  it('gives the ResNet stem size: 224, kernel 7, stride 2, padding 3 gives 112', () => {
    // floor((224 + 6 - 7) / 2) + 1 = 111 + 1
    expect(outputSize(224, 7, 2, 3)).toBe(112);
  });

  it('dilation 2 makes a 3x3 kernel cover 5 cells: 7 gives 3', () => {
    // floor(7 - 2 * 2 - 1) + 1
    expect(outputSize(7, 3, 1, 0, 2)).toBe(3);
  });

  it('is below 1 when the window does not fit', () => {
    expect(outputSize(2, 3)).toBe(0);
    expect(outputSize(4, 3, 1, 0, 2)).toBe(0);
    expect(outputSize(3, 3)).toBe(1);
  });
});

describe('ceilOutputSize', () => {
  it('keeps the partial last window: 7, size 2, stride 2 gives 4 (floor gives 3)', () => {
    // ceil((7 - 2) / 2) + 1 = 3 + 1
    expect(ceilOutputSize(7, 2, 2)).toBe(4);
    expect(outputSize(7, 2, 2)).toBe(3);
  });

  it('agrees with floor mode when the windows tile the input exactly', () => {
    expect(ceilOutputSize(8, 2, 2)).toBe(4);
    expect(ceilOutputSize(9, 3, 3)).toBe(3);
  });

  it('drops a window that would start past the end (PyTorch rule)', () => {
    // 6, size 2, stride 3: ceil(4 / 3) + 1 = 3, but window 3 starts at 6 >= 6
    expect(ceilOutputSize(6, 2, 3)).toBe(2);
    // 5, size 1, stride 3: ceil(4 / 3) + 1 = 3, but window 3 starts at 6 >= 5
    expect(ceilOutputSize(5, 1, 3)).toBe(2);
    // 5, size 2, stride 5: ceil(3 / 5) + 1 = 2, but window 2 starts at 5 >= 5
    expect(ceilOutputSize(5, 2, 5)).toBe(1);
  });

  it('keeps a window that starts on the last cell', () => {
    // 7, size 2, stride 3: windows start at 0, 3 and 6 (< 7)
    expect(ceilOutputSize(7, 2, 3)).toBe(3);
    // 5, size 2, stride 3: windows start at 0 and 3
    expect(ceilOutputSize(5, 2, 3)).toBe(2);
  });

  it('is 0 for a window larger than the input and 1 for one exactly as large', () => {
    expect(ceilOutputSize(3, 4, 1)).toBe(0);
    expect(ceilOutputSize(4, 4, 1)).toBe(1);
  });
});
