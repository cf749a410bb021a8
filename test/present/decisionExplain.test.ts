import { describe, expect, it } from 'vitest';
import { SEED_FEATURES, SEED_O, SEED_VOTES, SEED_X } from '../../src/core';
import { seedState } from '../../src/state/appState';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { withVote } from '../../src/state/votes';
import { decisionScores, decisionVotes } from '../../src/present/decisionReading';
import {
  explainFeature,
  explainScore,
  explainSoftmax,
  formatExp,
  signed,
} from '../../src/present/decisionExplain';

function seedReading(input = SEED_X, state = seedState()) {
  const made = decisionNetwork(state);
  const votes = decisionVotes(made);
  const scores = decisionScores(made, input);
  if (!votes || !scores) throw new Error('a decision expected');
  return { votes, scores };
}

describe('explainScore', () => {
  const { votes, scores } = seedReading();
  const x = explainScore(votes, scores, 0);

  it("writes the seed X's score for X as the sum of its 48 feature × vote terms plus the bias", () => {
    expect(x.terms).toHaveLength(SEED_FEATURES);
    let sum = 0;
    for (let i = 0; i < SEED_FEATURES; i++) sum += scores.features[i]! * SEED_VOTES.weight[0]![i]!;
    expect(x.sum).toBe(sum);
    expect(x.bias).toBe(-0.8205794653338013);
    expect(x.sum).toBe(4.655931985702158);
    expect(x.score).toBe(3.8353525203683567);
    expect(x.sum + x.bias).toBe(x.score);
  });

  it('puts the largest contributions first, each with its cell in its final map', () => {
    expect(x.terms.slice(0, 3)).toEqual([
      {
        index: 40,
        channel: 2,
        row: 2,
        col: 0,
        feature: 1,
        vote: 2.219041721855138,
        product: 2.219041721855138,
      },
      {
        index: 34,
        channel: 2,
        row: 0,
        col: 2,
        feature: 1,
        vote: 2.189626074507237,
        product: 2.189626074507237,
      },
      {
        index: 10,
        channel: 0,
        row: 2,
        col: 2,
        feature: 1,
        vote: 1.6901049773830288,
        product: 1.6901049773830288,
      },
    ]);
    const sizes = x.terms.map((t) => Math.abs(t.product));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("writes the O class's score with the same features and O's own votes", () => {
    const o = explainScore(votes, scores, 1);
    expect(o.name).toBe('O');
    expect(o.score).toBe(-3.8353525203683527);
    expect(o.sum + o.bias).toBe(o.score);
    expect(o.terms[0]!.vote).toBe(-2.219041721855138);
  });

  it('follows an edited vote: the term and the score change by the edit', () => {
    const state = { ...seedState(), votes: withVote(SEED_VOTES, 0, 40, 0) };
    const edited = seedReading(SEED_X, state);
    const e = explainScore(edited.votes, edited.scores, 0);
    expect(e.terms.find((t) => t.index === 40)).toMatchObject({ vote: 0, product: 0 });
    expect(e.score).toBeCloseTo(3.8353525203683567 - 2.219041721855138, 12);
  });
});

describe('explainSoftmax', () => {
  it("writes the seed X's probability of X as e^s / Σ e^s with the numbers in it", () => {
    const { votes, scores } = seedReading();
    const e = explainSoftmax(votes, scores, 0);
    expect(e.shift).toBe(0);
    expect(e.terms).toEqual([
      { name: 'X', score: 3.8353525203683567, exp: Math.exp(3.8353525203683567) },
      { name: 'O', score: -3.8353525203683527, exp: Math.exp(-3.8353525203683527) },
    ]);
    expect(e.terms[0]!.exp).toBeCloseTo(46.30974992091872, 12);
    expect(e.terms[1]!.exp).toBeCloseTo(0.021593724900429465, 15);
    expect(e.total).toBeCloseTo(46.331343645819146, 12);
    expect(e.probability).toBe(0.9995339283689784);
    expect(e.terms[0]!.exp / e.total).toBeCloseTo(e.probability, 15);
  });

  it('subtracts the largest score when the scores are too large to write as powers of e', () => {
    const state = { ...seedState(), votes: withVote(SEED_VOTES, 0, -1, 1000) };
    const { votes, scores } = seedReading(SEED_X, state);
    const e = explainSoftmax(votes, scores, 1);
    expect(e.shift).toBe(scores.scores[0]);
    expect(e.terms[0]!.exp).toBe(1);
    expect(e.terms.every((t) => Number.isFinite(t.exp))).toBe(true);
    expect(e.total).toBe(1 + e.terms[1]!.exp);
    expect(e.probability).toBe(scores.probabilities[1]);
  });
});

describe('explainFeature', () => {
  it("gives a final-map cell's vote for each class and its part in each score", () => {
    const { votes, scores } = seedReading(SEED_O);
    const f = explainFeature(votes, scores, 17);
    expect([f.channel, f.row, f.col]).toEqual([1, 0, 1]);
    expect(f.feature).toBe(scores.features[17]);
    expect(f.votes).toEqual([
      {
        name: 'X',
        vote: SEED_VOTES.weight[0]![17],
        product: SEED_VOTES.weight[0]![17]! * f.feature,
      },
      {
        name: 'O',
        vote: SEED_VOTES.weight[1]![17],
        product: SEED_VOTES.weight[1]![17]! * f.feature,
      },
    ]);
  });
});

describe('formatExp', () => {
  it('writes powers of e with two decimals, and small ones with two significant digits', () => {
    expect(formatExp(46.30974992091872)).toBe('46.31');
    expect(formatExp(0.021593724900429465)).toBe('0.02');
    expect(formatExp(2.06e-9)).toBe('2.1e-9');
    expect(formatExp(0)).toBe('0');
    expect(formatExp(Infinity)).toBe('∞');
  });

  it('writes the terms of a sum with their sign', () => {
    expect(signed(-0.8205794653338013)).toBe('− 0.82');
    expect(signed(2.219041721855138)).toBe('+ 2.22');
    expect(signed(-0.001)).toBe('+ 0.00');
  });
});
