import { describe, expect, it } from 'vitest';
import { classify, fromRows, SEED_X, tensorFromMatrix } from '../../src/core';
import { DIVERGING_RGB } from '../../src/present/divergingScale';
import {
  barStops,
  pushSides,
  stepOf,
  strongest,
  symmetricScale,
} from '../../src/present/gradientLegend';
import { pageGradients } from '../../src/present/gradients';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';

const made = decisionNetwork(seedState());
if ('problem' in made) throw new Error('a network expected');

describe('stepOf', () => {
  it('negates every number and writes no -0', () => {
    const step = stepOf(fromRows([[0.25, -0.5, 0]]));
    expect(Array.from(step.data)).toEqual([-0.25, 0.5, 0]);
    expect(Object.is(step.data[2], 0)).toBe(true);
    expect([step.height, step.width]).toEqual([1, 3]);
  });
});

describe('symmetricScale', () => {
  it('is symmetric about 0 over the larger end, zero white, the ends full red and blue', () => {
    const s = symmetricScale(fromRows([[-0.02, 0.005, 0]]));
    expect(s.domain).toEqual([-0.02, 0.02]);
    expect(s.color(0)).toBe('rgb(255, 255, 255)');
    expect(s.color(-0.02)).toBe('rgb(103, 0, 31)');
    expect(s.color(0.02)).toBe('rgb(5, 48, 97)');
  });

  it('keeps an all-zero map white', () => {
    const s = symmetricScale(fromRows([[0, 0]]));
    expect(s.domain).toEqual([-1e-12, 1e-12]);
    expect(s.color(0)).toBe('rgb(255, 255, 255)');
  });
});

describe('pushSides', () => {
  it('with two classes, the red end is the other class', () => {
    expect(pushSides(['X', 'O'], 0)).toEqual({ toward: 'X', away: 'O' });
    expect(pushSides(['X', 'O'], 1)).toEqual({ toward: 'O', away: 'X' });
  });

  it('with more classes, the red end is no one class', () => {
    expect(pushSides(['X', 'O', '+'], 2)).toEqual({ toward: '+', away: null });
  });

  it("with two classes the picture's step for one label is the other's, turned round and scaled", () => {
    // -d loss_X / d x = p(O) d(score X - score O) / d x and -d loss_O / d x = -p(X) × the same:
    // what makes X more likely makes O less likely, so red on the X map means "more O".
    const p = classify(made.network, tensorFromMatrix(SEED_X)).probabilities;
    const asX = stepOf(pageGradients(made.network, made.blocks[0]!, SEED_X, 0).input);
    const asO = stepOf(pageGradients(made.network, made.blocks[0]!, SEED_X, 1).input);
    let compared = 0;
    for (let i = 0; i < asX.data.length; i++) {
      const margin = asX.data[i]! / p[1]!;
      expect(-asO.data[i]! / p[0]!).toBeCloseTo(margin, 9);
      if (margin !== 0) compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });
});

describe('strongest', () => {
  it('orders cells by size, ties by index, and leaves zeros out', () => {
    const m = fromRows([
      [0.1, -0.3, 0],
      [0.3, -0.05, 0],
    ]);
    expect(strongest(m, 3)).toEqual([
      { index: 1, value: -0.3 },
      { index: 3, value: 0.3 },
      { index: 0, value: 0.1 },
    ]);
    expect(strongest(fromRows([[0, 0]]), 2)).toEqual([]);
  });
});

describe('barStops', () => {
  it('runs from full blue at 0 % through white at 50 % to full red at 100 %', () => {
    const stops = barStops(DIVERGING_RGB);
    expect(stops.split(', rgb')).toHaveLength(11);
    expect(stops.startsWith('rgb(5, 48, 97) 0%, ')).toBe(true);
    expect(stops).toContain('rgb(255, 255, 255) 50%');
    expect(stops.endsWith('rgb(103, 0, 31) 100%')).toBe(true);
  });
});
