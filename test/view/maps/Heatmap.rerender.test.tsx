// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fromRows } from '../../../src/core';
import { grayScale } from '../../../src/present/grayScale';
import { Heatmap } from '../../../src/view/maps/Heatmap';
import {
  installFakeCanvas,
  m,
  scale,
  cellsOf,
  mapRoot,
  css,
  drawnColors,
  looseCells,
} from './heatmapFixtures';

installFakeCanvas();

describe('Heatmap re-rendered with new props', () => {
  function values(container: HTMLElement): (string | null)[] {
    return cellsOf(container).map((c) => c.getAttribute('data-value'));
  }

  it('shows the new values, colours and texts of a new matrix of the same shape', () => {
    const { container, rerender } = render(
      <Heatmap mapId="m" matrix={m} scale={scale} showValues={true} />,
    );
    const next = fromRows([
      [1, 1 / 3, -1],
      [-0.5, 0.75, 1],
    ]);
    rerender(<Heatmap mapId="m" matrix={next} scale={scale} showValues={true} />);
    expect(values(container)).toEqual(['1', '0.3333333333333333', '-1', '-0.5', '0.75', '1']);
    expect(drawnColors(container)).toEqual(Array.from(next.data, (v) => css(scale.color(v))));
    expect(cellsOf(container).map((c) => c.textContent)).toEqual([
      '1.00',
      '0.33',
      '-1.00',
      '-0.50',
      '0.75',
      '1.00',
    ]);
  });

  it('shows the texts when showValues turns on and removes them when it turns off', () => {
    const { container, rerender } = render(
      <Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />,
    );
    rerender(<Heatmap mapId="m" matrix={m} scale={scale} showValues={true} />);
    expect(cellsOf(container).map((c) => c.textContent)).toEqual([
      '-1.00',
      '0.33',
      '0.00',
      '-0.50',
      '-0.22',
      '1.00',
    ]);
    expect(mapRoot(container).className).toBe('heatmap with-values');
    rerender(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    for (const cell of cellsOf(container)) {
      expect(cell.textContent).toBe('');
      expect(cell.style.color).toBe('');
    }
    expect(mapRoot(container).className).toBe('heatmap');
  });

  it('repaints every cell with a new scale even when the values stay', () => {
    const { container, rerender } = render(
      <Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />,
    );
    const wide = grayScale([-2, 2]);
    rerender(<Heatmap mapId="m" matrix={m} scale={wide} showValues={false} />);
    expect(drawnColors(container)).toEqual(Array.from(m.data, (v) => css(wide.color(v))));
    expect(drawnColors(container)[0]).toBe('rgb(64,64,64)');
  });

  it('moves the highlight to the cells of a new highlighted set', () => {
    const { container, rerender } = render(
      <Heatmap mapId="m" matrix={m} scale={scale} showValues={false} highlighted={new Set([0])} />,
    );
    rerender(
      <Heatmap
        mapId="m"
        matrix={m}
        scale={scale}
        showValues={false}
        highlighted={new Set([2, 3])}
      />,
    );
    expect(cellsOf(container).map((c) => c.getAttribute('data-highlighted'))).toEqual([
      null,
      null,
      'true',
      'true',
      null,
      null,
    ]);
    rerender(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    expect(container.querySelectorAll('[data-highlighted]')).toHaveLength(0);
  });

  it('leaves the highlight attributes alone when a new set holds the same cells', async () => {
    const props = { mapId: 'm', matrix: m, scale, showValues: false } as const;
    const { container, rerender } = render(<Heatmap {...props} highlighted={new Set([2, 3])} />);
    const changes: string[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changes.push(String(r.attributeName))),
    );
    observer.observe(mapRoot(container), { subtree: true, attributes: true });
    rerender(<Heatmap {...props} highlighted={new Set([3, 2])} />);
    await Promise.resolve(); // mutation records are delivered in a microtask
    observer.disconnect();
    expect(changes.filter((name) => name === 'data-highlighted')).toEqual([]);
    expect(container.querySelectorAll('[data-highlighted]')).toHaveLength(2);
  });

  it('draws a matrix of a new shape completely: 2x3, then 3x3', () => {
    const { container, rerender } = render(
      <Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />,
    );
    const big = fromRows([
      [-1, 1 / 3, 0],
      [-0.5, -2 / 9, 1],
      [0.25, 1, -1],
    ]);
    rerender(<Heatmap mapId="m" matrix={big} scale={scale} showValues={false} />);
    expect(values(container)).toEqual(Array.from(big.data, String));
    expect(drawnColors(container)).toEqual(Array.from(big.data, (v) => css(scale.color(v))));
    expect(mapRoot(container).style.getPropertyValue('--rows')).toBe('3');
  });

  it('draws a reshaped matrix with the same cell count completely, in rows (2x3, then 3x2)', () => {
    const { container, rerender } = render(
      <Heatmap mapId="m" matrix={m} scale={scale} showValues={false} rowRole />,
    );
    // The same six values, read as three rows of two.
    const tall = { height: 3, width: 2, data: m.data };
    rerender(<Heatmap mapId="m" matrix={tall} scale={scale} showValues={false} rowRole />);
    const rows = Array.from(mapRoot(container).querySelectorAll('[role="row"]'));
    expect(looseCells(container)).toEqual([]);
    expect(
      rows.map((row) => Array.from(row.children, (c) => c.getAttribute('data-value'))),
    ).toEqual([
      ['-1', '0.3333333333333333'],
      ['0', '-0.5'],
      ['-0.2222222222222222', '1'],
    ]);
    expect(drawnColors(container)).toEqual(Array.from(m.data, (v) => css(scale.color(v))));
  });
});
