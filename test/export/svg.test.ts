// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fromRows } from '../../src/core';
import { mapFigure } from '../../src/export/figure';
import { wholeFigure } from '../../src/export/wholeFigure';
import { toSvg } from '../../src/export/svg';
import { grayScale } from '../../src/present/grayScale';
import { texts, seedArgs } from './figureFixtures';

describe('toSvg', () => {
  const seed = wholeFigure(seedArgs());

  function parse(svg: string): Document {
    return new DOMParser().parseFromString(svg, 'image/svg+xml');
  }

  it('is a standalone SVG document with the figure size and a CJK font stack', () => {
    const svg = toSvg(seed);
    const root = parse(svg).documentElement;
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(seed.width));
    expect(root.getAttribute('height')).toBe(String(seed.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${seed.width} ${seed.height}`);
    expect(root.getAttribute('shape-rendering')).toBe('crispEdges');
    expect(root.getAttribute('font-family')).toContain("'Noto Sans CJK SC'");
    expect(root.getAttribute('font-family')).toContain("'Microsoft YaHei'");
  });

  it('has one <rect> per rect and gradient primitive, and one gradient definition', () => {
    const doc = parse(toSvg(seed));
    const rects = seed.primitives.filter((p) => p.kind !== 'text').length;
    expect(doc.querySelectorAll('rect')).toHaveLength(rects);
    expect(doc.querySelectorAll('linearGradient')).toHaveLength(1);
    expect(doc.querySelectorAll('linearGradient stop')).toHaveLength(11);
    expect(doc.querySelectorAll('text')).toHaveLength(texts(seed).length);
  });

  it('escapes < & > and quotes in titles', () => {
    const title = `a<b & c>d "e" 'f'`;
    const svg = toSvg(mapFigure(fromRows([[0]]), grayScale([-1, 1]), title));
    expect(svg).toContain('a&lt;b &amp; c&gt;d &quot;e&quot; &apos;f&apos;');
    expect(svg).not.toContain('a<b');
    const texts = Array.from(parse(svg).querySelectorAll('text'), (t) => t.textContent);
    expect(texts).toContain(title);
  });

  it('drops control characters that XML cannot hold', () => {
    const svg = toSvg(mapFigure(fromRows([[0]]), grayScale([-1, 1]), 'a\u0000b\u001fc'));
    expect(svg).toContain('>abc</text>');
  });

  it('writes Chinese titles as they are', () => {
    const svg = toSvg(mapFigure(fromRows([[0]]), grayScale([-1, 1]), '特征图 1 · 1x1'));
    expect(svg).toContain('>特征图 1 · 1x1</text>');
  });
});
