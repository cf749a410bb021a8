// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { zh } from '../../../src/i18n/zh';
import { grayScale } from '../../../src/present/grayScale';
import { Legend } from '../../../src/view/maps/Legend';

afterEach(cleanup);

function ticks(container: HTMLElement): string[] {
  const row = container.querySelector('.legend-ticks');
  if (!row) throw new Error('no .legend-ticks');
  return Array.from(row.children, (c) => c.textContent ?? '');
}

describe('Legend', () => {
  it('for [-1, 1] shows the ends and a 0 tick between them', () => {
    const { container } = render(<Legend scale={grayScale([-1, 1])} label="Convolution" />);
    expect(ticks(container)).toEqual(['-1', '0', '1']);
  });

  it('puts the 0 tick and the 0 mark on the bar where 0 falls: 50% for [-1, 1]', () => {
    const { container } = render(<Legend scale={grayScale([-1, 1])} label="Convolution" />);
    const label = container.querySelector<HTMLElement>('.legend-zero-label');
    const mark = container.querySelector<HTMLElement>('.legend-bar .legend-zero');
    expect(label?.style.left).toBe('50%');
    expect(mark?.style.left).toBe('50%');
  });

  it('puts 0 a quarter of the way along for [-1, 3]', () => {
    const { container } = render(<Legend scale={grayScale([-1, 3])} label="Convolution" />);
    expect(ticks(container)).toEqual(['-1', '0', '3']);
    expect(container.querySelector<HTMLElement>('.legend-zero-label')?.style.left).toBe('25%');
  });

  it('for [0, 1] shows only the ends: no 0 tick and no 0 mark', () => {
    const { container } = render(<Legend scale={grayScale([0, 1])} label="ReLU" />);
    expect(ticks(container)).toEqual(['0', '1']);
    expect(container.querySelector('.legend-zero')).toBeNull();
    expect(container.querySelector('.legend-zero-label')).toBeNull();
  });

  it('prints ends that are not whole numbers with two decimals', () => {
    const { container } = render(<Legend scale={grayScale([-8 / 9, 8 / 9])} label="Convolution" />);
    expect(ticks(container)).toEqual(['-0.89', '0', '0.89']);
  });

  it('for an all-negative domain shows no 0 tick either', () => {
    const { container } = render(<Legend scale={grayScale([-3, -1])} label="Convolution" />);
    expect(ticks(container)).toEqual(['-3', '-1']);
  });

  it('is a note labelled with its stage, in English by default', () => {
    render(<Legend scale={grayScale([-1, 1])} label="Convolution" />);
    const note = screen.getByRole('note');
    expect(note.getAttribute('aria-label')).toBe('Legend: Convolution');
    expect(note.className).toBe('legend');
  });

  it('draws its bar black to white through the same grays as the cells', () => {
    const { container } = render(<Legend scale={grayScale([-1, 1])} label="Convolution" />);
    const bar = container.querySelector<HTMLElement>('.legend-bar');
    const image = (bar?.getAttribute('style') ?? '').replace(/\s+/g, '');
    expect(image).toContain('linear-gradient(toright,rgb(0,0,0)0%,');
    expect(image).toContain('rgb(128,128,128)50%');
    expect(image).toContain('rgb(255,255,255)100%)');
  });

  it('for a uniform domain shows "all cells 0.00" and a mid-gray swatch instead of a bar', () => {
    const { container } = render(<Legend scale={grayScale([0, 0])} label="ReLU" />);
    const note = screen.getByRole('note');
    expect(note.textContent).toBe('all cells 0.00');
    expect(note.className).toBe('legend uniform');
    expect(note.getAttribute('aria-label')).toBe('Legend: ReLU');
    expect(container.querySelector('.legend-bar')).toBeNull();
    expect(container.querySelector('.legend-ticks')).toBeNull();
    const swatch = container.querySelector<HTMLElement>('.swatch');
    expect(swatch?.style.backgroundColor.replace(/\s+/g, '')).toBe('rgb(128,128,128)');
  });

  it('for a uniform domain prints its value with 2 decimals', () => {
    render(<Legend scale={grayScale([0.5, 0.5])} label="ReLU" />);
    expect(screen.getByRole('note').textContent).toBe('all cells 0.50');
  });

  it('speaks the language of the messages it is given', () => {
    render(
      <I18nProvider value={zh}>
        <Legend scale={grayScale([0, 0])} label="卷积" />
      </I18nProvider>,
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toBe('所有格均为 0.00');
    expect(note.getAttribute('aria-label')).toBe('图例：卷积');
  });

  it('says which end is black and which is white, in both languages', () => {
    const { container, unmount } = render(
      <Legend scale={grayScale([-1, 1])} label="Convolution" />,
    );
    expect(container.querySelector('.legend-ends')?.textContent).toBe('black = -1, white = 1');
    unmount();
    const zhLegend = render(
      <I18nProvider value={zh}>
        <Legend scale={grayScale([-0.25, 0.5])} label="卷积" />
      </I18nProvider>,
    );
    expect(zhLegend.container.querySelector('.legend-ends')?.textContent).toBe(
      '黑 = -0.25，白 = 0.50',
    );
  });

  it('writes no 0 label next to an end label, so they never overlap (defect 5)', () => {
    const near = render(<Legend scale={grayScale([-0.05, 1])} label="Convolution" />);
    expect(ticks(near.container)).toEqual(['-0.05', '1']);
    expect(near.container.querySelector('.legend-zero')).not.toBeNull();
    near.unmount();
    const huge = render(<Legend scale={grayScale([-1e308 / 9, 1e308 / 9])} label="Convolution" />);
    expect(ticks(huge.container)).toEqual(['-1.1e307', '0', '1.1e307']);
  });
});
