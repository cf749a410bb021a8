import { describe, expect, it } from 'vitest';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { NETWORK_VARIANTS, variantState } from '../../src/lesson/invarianceNetworks';
import { labRow, truthOf } from '../../src/lesson/invarianceTable';

const seed = seedState('en');

describe('the invariance lab’s table', () => {
  it('counts right the class the page sees in the picture itself: X for the seed’s X', () => {
    expect(truthOf(seed)).toBe(0);
  });

  it('changes one thing a variant: the first block’s pooling or the number of blocks', () => {
    expect(variantState(seed, 'noPool').config.pool).toEqual({
      kind: 'max',
      size: 1,
      stride: 1,
      edge: 'drop',
    });
    expect(variantState(seed, 'pool3').config.pool).toEqual({
      kind: 'max',
      size: 3,
      stride: 3,
      edge: 'pad',
    });
    expect(variantState(seed, 'twoBlocks').blocks).toHaveLength(1);
    expect(variantState(seed, 'oneBlock').blocks).toHaveLength(0);
    expect(variantState(seed, 'page')).toBe(seed);
  });

  it('gets the seed’s X right 19, 15, 19, 18, 19 and 19 times out of 19', () => {
    const rows = NETWORK_VARIANTS.map((v) => labRow(seed, v));
    expect(rows.map((r) => r.right)).toEqual([19, 15, 19, 18, 19, 19]);
    expect(rows[1]!.share).toBeCloseTo(15 / 19, 12);
  });

  it('without pooling, calls the X moved two pixels an O, which 2x2 pooling does not', () => {
    const noPool = labRow(seed, 'noPool').verdicts!;
    const pool2 = labRow(seed, 'pool2').verdicts!;
    expect([2, 4, 6, 8].map((i) => noPool[i]!.label)).toEqual([1, 1, 1, 1]);
    expect([2, 4, 6, 8].map((i) => pool2[i]!.label)).toEqual([0, 0, 0, 0]);
  });

  it('gives the same row when computed twice', () => {
    expect(labRow(seed, 'pool3')).toEqual(labRow(seed, 'pool3'));
  });

  it('opens a variant with the votes it learned, so the page decides as the table says', () => {
    const row = labRow(seed, 'noPool');
    const decision = decisionNetwork(row.state);
    expect('network' in decision && decision.votes).toBe('edited');
    expect(row.state.votes!.weight[0]).toHaveLength(3 * 7 * 7);
  });
});

describe('the lab’s memory of learned votes', () => {
  it('learns a network’s votes once, whatever the picture', async () => {
    const { createLearnedVotesCache } = await import('../../src/lesson/learnedVotesCache');
    const { inputPreset } = await import('../../src/state');
    const cache = createLearnedVotesCache();
    let calls = 0;
    const learn = (s: typeof seed) => {
      calls++;
      return cache.learn(s);
    };
    const o = { ...seed, input: inputPreset('o') };
    const first = labRow(seed, 'pool3', learn);
    expect(cache.has(variantState(o, 'pool3'))).toBe(true);
    const second = labRow(o, 'pool3', learn);
    expect(calls).toBe(2);
    expect(second.state.votes).toBe(first.state.votes);
    expect(second.right).toBe(16);
  });
});
