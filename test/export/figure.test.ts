// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMatrix, fromRows, SEED_KERNELS, SEED_X } from '../../src/core';
import { mapFigure, type Figure } from '../../src/export/figure';
import { wholeFigure } from '../../src/export/wholeFigure';
import { grayScale } from '../../src/present/grayScale';
import { cells, texts, seedArgs, type Rect, type Text } from './figureFixtures';

describe('mapFigure', () => {
  const m = fromRows([
    [-1, 0],
    [0.5, 1],
  ]);
  const scale = grayScale([-1, 1]);

  it('draws a 2x2 matrix as 4 cells filled with the scale colours at exact positions', () => {
    const f = mapFigure(m, scale, 'Map');
    expect(cells(f).map(({ x, y, w, h, fill }) => ({ x, y, w, h, fill }))).toEqual([
      { x: 16, y: 40, w: 32, h: 32, fill: scale.color(-1) },
      { x: 48, y: 40, w: 32, h: 32, fill: scale.color(0) },
      { x: 16, y: 72, w: 32, h: 32, fill: scale.color(0.5) },
      { x: 48, y: 72, w: 32, h: 32, fill: scale.color(1) },
    ]);
    expect(cells(f)[0]?.fill).toBe('rgb(0, 0, 0)');
    expect(cells(f)[3]?.fill).toBe('rgb(255, 255, 255)');
  });

  it('starts with a white background covering the whole figure', () => {
    const f = mapFigure(m, scale, 'Map');
    expect(f.primitives[0]).toEqual({
      kind: 'rect',
      x: 0,
      y: 0,
      w: f.width,
      h: f.height,
      fill: '#ffffff',
    });
  });

  it('draws the title, and a legend labelled -1, 0 and 1', () => {
    const f = mapFigure(m, scale, 'Feature map 1 · 2x2');
    expect(texts(f)).toEqual(['Feature map 1 · 2x2', '-1', '1', '0']);
    expect(f.primitives.filter((p) => p.kind === 'gradient')).toHaveLength(1);
  });

  it('draws the values, two decimals in the text colour, only with showValues', () => {
    expect(texts(mapFigure(m, scale, 'Map'))).not.toContain('0.50');
    const f = mapFigure(m, scale, 'Map', { showValues: true });
    const values = f.primitives.filter(
      (p): p is Text => p.kind === 'text' && p.anchor === 'middle',
    );
    expect(values.slice(0, 4).map((p) => [p.text, p.fill])).toEqual([
      ['-1.00', scale.textColor(-1)],
      ['0.00', scale.textColor(0)],
      ['0.50', scale.textColor(0.5)],
      ['1.00', scale.textColor(1)],
    ]);
    expect(values[0]).toMatchObject({ x: 32, anchor: 'middle', fill: '#fff' });
  });

  it('uses the cell size it is given', () => {
    const f = mapFigure(m, scale, 'Map', { cell: 10 });
    expect(cells(f).map((c) => [c.x, c.y, c.w])).toEqual([
      [16, 40, 10],
      [26, 40, 10],
      [16, 50, 10],
      [26, 50, 10],
    ]);
  });
});

describe('wholeFigure', () => {
  const seed = wholeFigure(seedArgs());

  it("titles every map of the seed with its size, as the page's cards do", () => {
    const t = texts(seed);
    for (const title of [
      'Input · 9x9',
      'Kernel 1 · 3x3',
      'Feature map 1 · 7x7',
      'Pooled map 1 · 4x4',
      'ReLU map 1 · 7x7',
      'Kernel 3 · 3x3',
      'Feature map 3 · 7x7',
      'Pooled map 3 · 4x4',
      'ReLU map 3 · 7x7',
    ]) {
      expect(t).toContain(title);
    }
  });

  it('draws the stage names and a legend per column at the top', () => {
    const t = texts(seed);
    for (const head of ['Input', 'Kernels', 'Convolution', 'Max pooling 2x2, stride 2', 'ReLU']) {
      expect(t).toContain(head);
    }
    expect(seed.primitives.filter((p) => p.kind === 'gradient')).toHaveLength(5);
  });

  it('has one cell per number: 81 + 3 * (9 + 49 + 16 + 49) for the seed', () => {
    expect(cells(seed)).toHaveLength(81 + 3 * (9 + 49 + 16 + 49));
    expect(81 + 3 * (9 + 49 + 16 + 49)).toBe(450);
  });

  it('is about 1200x700 units for the seed and fits in 1400x800', () => {
    expect(seed.width).toBeGreaterThan(1000);
    expect(seed.width).toBeLessThanOrEqual(1400);
    expect(seed.height).toBeGreaterThan(600);
    expect(seed.height).toBeLessThanOrEqual(800);
    for (const p of seed.primitives) {
      if (p.kind === 'text') continue;
      expect(p.x + p.w).toBeLessThanOrEqual(seed.width);
      expect(p.y + p.h).toBeLessThanOrEqual(seed.height);
    }
  });

  it('starts with a white background and draws arrows between the columns', () => {
    expect(seed.primitives[0]).toMatchObject({ kind: 'rect', x: 0, y: 0, fill: '#ffffff' });
    expect(texts(seed).filter((t) => t === '→')).toHaveLength(1 + 3 * 3);
  });

  it('in chain order draws the activated map left of the pooled one, as the page does', () => {
    const xOf = (f: Figure, text: string) =>
      f.primitives.find((p) => p.kind === 'text' && p.text === text)?.x ?? NaN;
    const chain = wholeFigure({ ...seedArgs(), order: 'chain' });
    expect(xOf(seed, 'Pooled map 1 · 4x4')).toBeLessThan(xOf(seed, 'ReLU map 1 · 7x7'));
    expect(xOf(chain, 'ReLU map 1 · 7x7')).toBeLessThan(xOf(chain, 'Pooled map 1 · 4x4'));
  });

  it('is deterministic', () => {
    expect(wholeFigure(seedArgs())).toEqual(seed);
  });

  it('draws values only with showValues: +1 and -1 for the input, 0.78 in feature map 1', () => {
    expect(texts(seed)).not.toContain('0.78');
    const t = texts(wholeFigure({ ...seedArgs(), showValues: true }));
    expect(t).toContain('0.78');
    expect(t).toContain('+1');
    expect(t).toContain('-1');
  });

  it('draws the no-output text for a stage without a map', () => {
    const big = createMatrix(10, 10, 1);
    const f = wholeFigure({ ...seedArgs(SEED_X, [SEED_KERNELS[0]!, big]), noOutput: 'No output' });
    const t = texts(f);
    expect(t.filter((s) => s === 'No output')).toHaveLength(3);
    expect(t).toContain('Kernel 2 · 10x10');
    expect(t).toContain('Feature map 2');
    expect(t).not.toContain('Feature map 2 · 0x0');
    expect(cells(f)).toHaveLength(81 + 9 + 49 + 16 + 49 + 100);
  });

  it('draws a 64x64 input at most 9 default cells wide, with smaller cells', () => {
    const input = createMatrix(64, 64, -1);
    const f = wholeFigure(seedArgs(input));
    const inputCells = cells(f).slice(0, 64 * 64);
    const first = inputCells[0]!;
    const last = inputCells[64 * 64 - 1]!;
    expect(first.w).toBeCloseTo((9 * 24) / 64, 12);
    expect(last.x + last.w - first.x).toBeCloseTo(9 * 24, 9);
    // Feature maps are 62x62: at most 7 default cells wide.
    const feature = cells(f).slice(64 * 64 + 9, 64 * 64 + 9 + 62 * 62);
    expect(feature[0]!.w).toBeCloseTo((7 * 24) / 62, 12);
    expect(f.width).toBeLessThanOrEqual(1400);
    expect(f.height).toBeLessThanOrEqual(800);
  });

  it('draws no grid lines on cells under 8 units, and frames those maps instead', () => {
    const f = wholeFigure(seedArgs(createMatrix(64, 64, -1)));
    const all = cells(f);
    expect(all.slice(0, 64 * 64).every((c) => c.strokeWidth === 0)).toBe(true);
    expect(all.slice(64 * 64, 64 * 64 + 9).every((c) => c.strokeWidth === 1)).toBe(true);
    const frames = f.primitives.filter(
      (p): p is Rect => p.kind === 'rect' && p.fill === 'none' && p.h === 9 * 24,
    );
    expect(frames).toHaveLength(1);
  });

  it('puts a legend under each map when the maps of a stage have their own scales', () => {
    const args = seedArgs();
    const perMap = wholeFigure({
      ...args,
      scaleFor: (stage, map) =>
        stage === 'input' || stage === 'kernels'
          ? args.scaleFor(stage)
          : grayScale([0, map.data[0]! + 2]),
    });
    // Input and kernel heads, plus one per map of the feature, pooled and activated columns.
    expect(perMap.primitives.filter((p) => p.kind === 'gradient')).toHaveLength(2 + 3 * 3);
  });
});
