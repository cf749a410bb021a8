// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMatrix } from '../../../src/core';
import { grayScale } from '../../../src/present/grayScale';
import { Heatmap } from '../../../src/view/maps/Heatmap';
import { tinted } from '../../../src/view/maps/paintCanvas';
import { css, drawnColors, images, installFakeCanvas } from './heatmapFixtures';

installFakeCanvas();

// 17x16 = 272 cells: more than 256, so the map has no cell elements, only its canvas.
const big = createMatrix(17, 16);
big.data.forEach((_, i) => (big.data[i] = (i % 5) / 2 - 1)); // -1, -0.5, 0, 0.5, 1, ...
const scale = grayScale([-1, 1]);
const rgb = ([r, g, b]: readonly number[]) => `rgb(${r},${g},${b})`;

describe('paintCanvas', () => {
  it('tinted blends 60 % orange over a gray level: black gives (153, 73, 0), white (255, 175, 102)', () => {
    expect(tinted(0)).toEqual([153, 73, 0]);
    expect(tinted(255)).toEqual([255, 175, 102]);
  });

  it('tints the highlighted cells of a canvas-only map in its own pixels, and only those', () => {
    const { container, rerender } = render(
      <Heatmap
        mapId="m"
        matrix={big}
        scale={scale}
        showValues={false}
        highlighted={new Set([0, 5])}
      />,
    );
    const expected = (lit: ReadonlySet<number>) =>
      Array.from(big.data, (v, i) =>
        lit.has(i) ? rgb(tinted(scale.level(v))) : css(scale.color(v)),
      );
    expect(container.querySelectorAll('canvas')).toHaveLength(1);
    expect(drawnColors(container)).toEqual(expected(new Set([0, 5])));
    expect(drawnColors(container)[0]).toBe('rgb(153,73,0)');

    rerender(
      <Heatmap
        mapId="m"
        matrix={big}
        scale={scale}
        showValues={false}
        highlighted={new Set([1])}
      />,
    );
    expect(drawnColors(container)).toEqual(expected(new Set([1])));
    rerender(<Heatmap mapId="m" matrix={big} scale={scale} showValues={false} />);
    expect(drawnColors(container)).toEqual(expected(new Set()));
  });

  it('repaints a canvas-only map for new values, not for a new matrix with the same values', () => {
    const props = { mapId: 'm', scale, showValues: false } as const;
    const { container, rerender } = render(<Heatmap {...props} matrix={big} />);
    const canvas = container.querySelector('canvas')!;
    const first = images.get(canvas);
    const copy = { ...big, data: big.data.slice() };
    rerender(<Heatmap {...props} matrix={copy} />);
    expect(images.get(canvas)).toBe(first);
    const changed = { ...big, data: big.data.slice() };
    changed.data[100] = 1;
    rerender(<Heatmap {...props} matrix={changed} />);
    expect(images.get(canvas)).not.toBe(first);
    expect(drawnColors(container)[100]).toBe(css(scale.color(1)));
  });

  it('does not tint a map with cell elements: its cells carry the highlight instead', () => {
    const small = createMatrix(2, 2);
    const { container } = render(
      <Heatmap
        mapId="m"
        matrix={small}
        scale={scale}
        showValues={false}
        highlighted={new Set([0])}
      />,
    );
    expect(drawnColors(container)).toEqual(Array(4).fill(css(scale.color(0))));
    expect(container.querySelector('[data-index="0"]')?.getAttribute('data-highlighted')).toBe(
      'true',
    );
  });
});
