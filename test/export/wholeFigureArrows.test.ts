// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { toSvg } from '../../src/export/svg';
import { wholeFigure, wrapWords, type WholeFigureArgs } from '../../src/export/wholeFigure';
import { en } from '../../src/i18n/en';
import { seedArgs, type Text } from './figureFixtures';

const OPS: NonNullable<WholeFigureArgs['ops']> = {
  conv: () => en.opConv(9),
  pool: en.opPool('max', 2),
  activation: en.activationName('relu'),
  fromFeature: en.opFromFeature,
};

const textsOf = (args: WholeFigureArgs) =>
  wholeFigure(args).primitives.filter((p): p is Text => p.kind === 'text');
const at = (list: Text[], text: string) => list.filter((p) => p.text === text);

describe('wholeFigure: the arrows say what each stage does', () => {
  const seed = textsOf({ ...seedArgs(), ops: OPS });

  it('writes "conv ÷ 9" and "max 2x2" on each kernel row, and "ReLU" on each activation', () => {
    expect(at(seed, 'conv ÷ 9')).toHaveLength(3);
    expect(at(seed, 'max 2x2')).toHaveLength(3);
    // Three arrows and the ReLU column's head.
    expect(at(seed, 'ReLU')).toHaveLength(4);
  });

  it("in the seed's order says under the ReLU arrow that the ReLU map comes from the feature map", () => {
    expect(at(seed, 'of the')).toHaveLength(3);
    expect(at(seed, 'feature map')).toHaveLength(3);
    const arrows = at(seed, '→');
    const relu = at(seed, 'ReLU map 1 · 7x7')[0]!;
    const pooled = at(seed, 'Pooled map 1 · 4x4')[0]!;
    const [note1, note2] = [at(seed, 'of the')[0]!, at(seed, 'feature map')[0]!];
    // The note sits between the pooled map and the ReLU map, under the row's last arrow.
    const last = arrows.filter((a) => a.x > pooled.x && a.x < relu.x)[0]!;
    expect(note1.x).toBe(last.x);
    expect(note1.y).toBeGreaterThan(last.y);
    expect(note2.y).toBe(note1.y + 13);
  });

  it('leaves room for the words: the note fits between the pooled and the ReLU map', () => {
    const figure = wholeFigure({ ...seedArgs(), ops: OPS });
    const pooledRight = Math.max(
      ...figure.primitives.flatMap((p) =>
        p.kind === 'rect' && p.w === 24 && p.x < at(seed, 'ReLU map 1 · 7x7')[0]!.x
          ? [p.x + p.w]
          : [],
      ),
    );
    const reluLeft = at(seed, 'ReLU map 1 · 7x7')[0]!.x;
    // "feature map" is 11 characters of 0.6 em at 11 units: 72.6, plus 12 of padding.
    expect(reluLeft - pooledRight).toBeGreaterThanOrEqual(85);
  });

  it('in the usual order writes the activation before the pooling, with no note', () => {
    const chain = textsOf({ ...seedArgs(), ops: OPS, order: 'chain' });
    expect(at(chain, 'of the')).toHaveLength(0);
    const row1 = (text: string) => Math.min(...at(chain, text).map((p) => p.y));
    const y = row1('conv ÷ 9');
    const relu = chain.find((p) => p.text === 'ReLU' && p.y === y)!;
    const pool = chain.find((p) => p.text === 'max 2x2' && p.y === y)!;
    expect(relu.x).toBeLessThan(pool.x);
  });

  it('writes each kernel its own divisor', () => {
    const f = textsOf({ ...seedArgs(), ops: { ...OPS, conv: (n) => `conv ÷ ${n}` } });
    expect(['conv ÷ 1', 'conv ÷ 2', 'conv ÷ 3'].map((t) => at(f, t).length)).toEqual([1, 1, 1]);
  });

  it('the SVG carries the labels as text', () => {
    const svg = toSvg(wholeFigure({ ...seedArgs(), ops: OPS }));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const words = Array.from(doc.querySelectorAll('text'), (t) => t.textContent);
    expect(words.filter((w) => w === 'conv ÷ 9')).toHaveLength(3);
    expect(words.filter((w) => w === 'feature map')).toHaveLength(3);
  });
});

describe('wrapWords', () => {
  it('wraps at the width by the estimate of 0.6 em a character', () => {
    expect(wrapWords('of the feature map', 11, 84)).toEqual(['of the', 'feature map']);
    expect(wrapWords('取自卷积特征图', 11, 84)).toEqual(['取自卷积特征图']);
    expect(wrapWords('a b', 10, 18)).toEqual(['a b']);
    expect(wrapWords('a b', 10, 17)).toEqual(['a', 'b']);
  });
});
