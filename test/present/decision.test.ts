import { describe, expect, it } from 'vitest';
import { classify, SEED_NETWORK, SEED_O, SEED_X, tensorFromMatrix } from '../../src/core';
import { decide, formatShare } from '../../src/present/decision';
import { seedState } from '../../src/state/appState';
import { decisionNetwork } from '../../src/state/decisionNetwork';

describe('decide', () => {
  const made = decisionNetwork(seedState());

  it("gives the seed's X to X with the seed network's own probabilities", () => {
    const d = decide(made, SEED_X);
    if ('problem' in d) throw new Error('a decision expected');
    const p = classify(SEED_NETWORK, tensorFromMatrix(SEED_X)).probabilities;
    expect(d.classes).toEqual([
      { name: 'X', probability: p[0] },
      { name: 'O', probability: p[1] },
    ]);
    expect([d.winner, d.second, d.votes]).toEqual([0, 1, 'learned']);
  });

  it("gives the seed's O to O", () => {
    const d = decide(made, SEED_O);
    if ('problem' in d) throw new Error('a decision expected');
    expect([d.winner, d.second]).toEqual([1, 0]);
  });

  it('passes a problem on', () => {
    expect(decide({ problem: { kind: 'kernelSizes', block: 0 } }, SEED_X)).toEqual({
      problem: { kind: 'kernelSizes', block: 0 },
    });
  });
});

describe('formatShare', () => {
  it('prints one decimal, two where one would round to 100 % or 0 %, and never 100 % for less', () => {
    expect(formatShare(0.5)).toBe('50.0 %');
    expect(formatShare(0.99953)).toBe('99.95 %');
    expect(formatShare(0.00047)).toBe('0.05 %');
    expect(formatShare(0.9999995)).toBe('> 99.99 %');
    expect(formatShare(4.9e-7)).toBe('< 0.01 %');
    expect(formatShare(1)).toBe('100.0 %');
    expect(formatShare(0)).toBe('0.0 %');
    expect(formatShare(NaN)).toBe('–');
  });
});
