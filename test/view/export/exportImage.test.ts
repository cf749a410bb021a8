// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fromRows } from '../../../src/core';
import { mapFigure } from '../../../src/export/figure';
import { drawFigure } from '../../../src/view/export/exportImage';
import { grayScale } from '../../../src/present/grayScale';

describe('drawFigure', () => {
  it('draws every primitive into a canvas context: rects, outlines, gradients and text', () => {
    const calls: string[] = [];
    const ctx = {
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      fillRect: (x: number, y: number, w: number, h: number) =>
        calls.push(`fillRect ${x} ${y} ${w} ${h}`),
      strokeRect: (x: number, y: number, w: number, h: number) =>
        calls.push(`strokeRect ${x} ${y} ${w} ${h}`),
      fillText: (text: string, x: number, y: number) => calls.push(`fillText ${text} ${x} ${y}`),
      createLinearGradient: () => ({ addColorStop: () => calls.push('stop') }),
    } as unknown as CanvasRenderingContext2D;
    const f = mapFigure(fromRows([[0]]), grayScale([-1, 1]), 'One');
    drawFigure(ctx, f);
    expect(calls[0]).toBe('save');
    expect(calls[1]).toBe(`fillRect 0 0 ${f.width} ${f.height}`);
    expect(calls).toContain('fillText One 16 30');
    expect(calls).toContain('fillRect 16 40 32 32');
    expect(calls).toContain('strokeRect 16 40 32 32');
    expect(calls.filter((c) => c === 'stop')).toHaveLength(11);
    // The legend's outline is stroked, not filled with 'none'.
    const fills = calls.filter((c) => c.startsWith('fillRect')).length;
    const rects = f.primitives.filter((p) => p.kind === 'rect' && p.fill !== 'none').length;
    const gradients = f.primitives.filter((p) => p.kind === 'gradient').length;
    expect(fills).toBe(rects + gradients);
    expect(calls.at(-1)).toBe('restore');
  });
});
