// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fromRows, SEED_X } from '../../../src/core';
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

describe('Heatmap', () => {
  it('marks its root with data-map and the heatmap class', () => {
    const { container } = render(
      <Heatmap mapId="conv-1" matrix={m} scale={scale} showValues={false} />,
    );
    const root = mapRoot(container);
    expect(root.getAttribute('data-map')).toBe('conv-1');
    expect(root.className).toBe('heatmap');
    expect(container.children).toHaveLength(1);
  });

  it('renders one cell per matrix value, row-major, with data-index 0..n-1', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    const cells = cellsOf(container);
    expect(cells).toHaveLength(6);
    expect(cells.map((c) => c.getAttribute('data-index'))).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(cells.every((c) => c.parentElement === mapRoot(container))).toBe(true);
  });

  it('gives each cell its value at full precision in data-value, in row-major order', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    expect(cellsOf(container).map((c) => c.getAttribute('data-value'))).toEqual([
      '-1',
      '0.3333333333333333',
      '0',
      '-0.5',
      '-0.2222222222222222',
      '1',
    ]);
  });

  it('renders all 81 pixels of the seed X, +1 where the X is', () => {
    const { container } = render(
      <Heatmap mapId="input" matrix={SEED_X} scale={scale} showValues={false} />,
    );
    const values = cellsOf(container).map((c) => Number(c.getAttribute('data-value')));
    expect(values).toEqual(Array.from(SEED_X.data));
    expect(values[10]).toBe(1);
    expect(values[9]).toBe(-1);
  });

  it('sets the grid size as --cols and --rows on the root', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    const root = mapRoot(container);
    expect(root.style.getPropertyValue('--cols')).toBe('3');
    expect(root.style.getPropertyValue('--rows')).toBe('2');
  });

  it('paints every cell with the colour the scale gives its value', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    const colors = drawnColors(container);
    expect(colors).toHaveLength(6);
    expect(colors[0]).toBe('rgb(0,0,0)');
    expect(colors[2]).toBe('rgb(128,128,128)');
    expect(colors[5]).toBe('rgb(255,255,255)');
    expect(colors).toEqual(Array.from(m.data, (v) => css(scale.color(v))));
  });

  it('uses the scale it is given: a uniform scale paints every cell mid-gray', () => {
    const { container } = render(
      <Heatmap mapId="m" matrix={m} scale={grayScale([0, 0])} showValues={false} />,
    );
    expect(drawnColors(container)).toEqual(new Array<string>(6).fill('rgb(128,128,128)'));
  });

  it('puts no text in the cells and sets no text colour when values are hidden', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    for (const cell of cellsOf(container)) {
      expect(cell.textContent).toBe('');
      expect(cell.childNodes).toHaveLength(0);
      expect(cell.style.color).toBe('');
    }
    expect(mapRoot(container).textContent).toBe('');
  });

  it('with values shown, writes each value with 2 decimals, never -0.00', () => {
    const withNegZero = fromRows([[-0.001, 1 / 3, -2 / 9]]);
    const { container } = render(
      <Heatmap mapId="m" matrix={withNegZero} scale={scale} showValues={true} />,
    );
    expect(cellsOf(container).map((c) => c.textContent)).toEqual(['0.00', '0.33', '-0.22']);
    expect(mapRoot(container).className).toBe('heatmap with-values');
  });

  it('with values shown, writes white on dark cells and black on light ones', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={true} />);
    const cells = cellsOf(container);
    expect(cells.map((c) => c.textContent)).toEqual([
      '-1.00',
      '0.33',
      '0.00',
      '-0.50',
      '-0.22',
      '1.00',
    ]);
    const white = ['#fff', 'rgb(255,255,255)'];
    const black = ['#000', 'rgb(0,0,0)'];
    expect(white).toContain(css(cells[0]!.style.color)); // -1: black cell
    expect(white).toContain(css(cells[3]!.style.color)); // -0.5: level 64, rgb(64, 64, 64)
    // -2/9: level 99, rgb(99, 99, 99), below the switch to black text at level 118
    expect(white).toContain(css(cells[4]!.style.color));
    expect(black).toContain(css(cells[2]!.style.color)); // 0: level 128, rgb(128, 128, 128)
    expect(black).toContain(css(cells[5]!.style.color)); // 1: white cell
    cells.forEach((cell, i) => {
      const expected = scale.textColor(m.data[i]!) === '#000' ? black : white;
      expect(expected).toContain(css(cell.style.color));
    });
  });

  it('marks highlighted cells with data-highlighted="true" and no others', () => {
    const { container } = render(
      <Heatmap
        mapId="m"
        matrix={m}
        scale={scale}
        showValues={false}
        highlighted={new Set([1, 5])}
      />,
    );
    const cells = cellsOf(container);
    expect(cells.map((c) => c.getAttribute('data-highlighted'))).toEqual([
      null,
      'true',
      null,
      null,
      null,
      'true',
    ]);
  });

  it('marks no cell highlighted without a highlighted set', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    expect(container.querySelectorAll('[data-highlighted]')).toHaveLength(0);
  });

  it('wraps each row of cells in an element with role="row" when rowRole is set', () => {
    const { container } = render(
      <Heatmap mapId="m" matrix={m} scale={scale} showValues={false} rowRole />,
    );
    const root = mapRoot(container);
    const rows = Array.from(root.querySelectorAll<HTMLElement>('[role="row"]'));
    expect(rows.every((row) => row.parentElement === root)).toBe(true);
    expect(looseCells(container)).toEqual([]);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.getAttribute('role')).toBe('row');
      expect(row.children).toHaveLength(3);
    }
    expect(
      rows.map((row) => Array.from(row.children, (c) => c.getAttribute('data-value'))),
    ).toEqual([
      ['-1', '0.3333333333333333', '0'],
      ['-0.5', '-0.2222222222222222', '1'],
    ]);
  });

  it('has no row elements without rowRole', () => {
    const { container } = render(<Heatmap mapId="m" matrix={m} scale={scale} showValues={false} />);
    expect(container.querySelectorAll('[role="row"]')).toHaveLength(0);
  });

  it('passes extra attributes to the root and adds its className after "heatmap"', () => {
    const { container } = render(
      <Heatmap
        mapId="m"
        matrix={m}
        scale={scale}
        showValues={false}
        className="big"
        role="grid"
        aria-label="Feature map 1"
        style={{ margin: '3px' }}
      />,
    );
    const root = mapRoot(container);
    expect(root.className).toBe('heatmap big');
    expect(root.getAttribute('role')).toBe('grid');
    expect(root.getAttribute('aria-label')).toBe('Feature map 1');
    expect(root.style.margin).toBe('3px');
    expect(root.style.getPropertyValue('--cols')).toBe('3');
  });

  it('gives cell i the attributes cellProps(i) returns', () => {
    const { container } = render(
      <Heatmap
        mapId="m"
        matrix={m}
        scale={scale}
        showValues={false}
        cellProps={(i) => ({ role: 'gridcell', 'aria-label': `cell ${i}` })}
      />,
    );
    const cells = cellsOf(container);
    expect(cells.map((c) => c.getAttribute('aria-label'))).toEqual([
      'cell 0',
      'cell 1',
      'cell 2',
      'cell 3',
      'cell 4',
      'cell 5',
    ]);
    expect(cells.every((c) => c.getAttribute('role') === 'gridcell')).toBe(true);
  });
});
