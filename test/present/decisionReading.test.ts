import { describe, expect, it } from 'vitest';
import { classify, SEED_NETWORK, SEED_VOTES, SEED_X, tensorFromMatrix } from '../../src/core';
import { seedState } from '../../src/state/appState';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import {
  decisionScores,
  decisionVotes,
  featureCell,
  finalMapId,
} from '../../src/present/decisionReading';

describe('decisionVotes', () => {
  it("reads the seed's three 4x4 final maps and its learned votes", () => {
    const v = decisionVotes(decisionNetwork(seedState()))!;
    expect([v.channels, v.height, v.width, v.block]).toEqual([3, 4, 4, 0]);
    expect(v.classes).toEqual(['X', 'O']);
    expect(v.weight.map((row) => Array.from(row))).toEqual(SEED_VOTES.weight);
    expect(v.bias).toEqual(SEED_VOTES.bias);
    expect([v.source, v.stale]).toEqual(['learned', false]);
  });

  it('says when edited votes were set aside because the final maps changed', () => {
    const state = seedState();
    const edited = { ...state, votes: SEED_VOTES, kernels: [...state.kernels, state.kernels[0]!] };
    const v = decisionVotes(decisionNetwork(edited))!;
    expect([v.channels, v.source, v.stale]).toEqual([4, 'prototype', true]);
  });

  it('is null when the page makes no network', () => {
    expect(decisionVotes({ problem: { kind: 'kernelSizes', block: 0 } })).toBeNull();
  });
});

describe('decisionScores', () => {
  it("gives the seed's X the seed network's own scores and probabilities", () => {
    const s = decisionScores(decisionNetwork(seedState()), SEED_X)!;
    const { logits, probabilities } = classify(SEED_NETWORK, tensorFromMatrix(SEED_X));
    expect(s.features).toHaveLength(48);
    expect(s.features[0]).toBe(1);
    expect(s.features[1]).toBe(0.3333333333333333);
    expect(Array.from(s.scores)).toEqual(Array.from(logits));
    expect(Array.from(s.probabilities)).toEqual(Array.from(probabilities));
    expect([s.winner, s.second]).toEqual([0, 1]);
  });
});

describe('featureCell and finalMapId', () => {
  it('place a flattened feature in its final map: channel first, then row, then column', () => {
    expect(featureCell({ height: 4, width: 4 }, 40)).toEqual({
      channel: 2,
      row: 2,
      col: 0,
      cell: 8,
    });
    expect(featureCell({ height: 4, width: 4 }, 0)).toEqual({
      channel: 0,
      row: 0,
      col: 0,
      cell: 0,
    });
    expect(featureCell({ height: 2, width: 3 }, 11)).toEqual({
      channel: 1,
      row: 1,
      col: 2,
      cell: 5,
    });
  });

  it("name the first block's pooled maps pool-K and a later block's pool{B}-K", () => {
    expect(finalMapId(0, 2)).toBe('pool-2');
    expect(finalMapId(1, 0)).toBe('pool2-0');
    expect(finalMapId(2, 5)).toBe('pool3-5');
  });
});
