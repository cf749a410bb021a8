import { describe, expect, it } from 'vitest';
import { SEED_VOTES } from '../../src/core';
import {
  decodeLink,
  encodeLink,
  reducer,
  seedState,
  type Action,
  type AppState,
} from '../../src/state';
import { decodeBlocks, decodeVotes, encodeVotes } from '../../src/state/blocksCodec';

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);

describe('a version 2 link', () => {
  it('writes the seed as version 1 did, with the colour map added, and no network parts', () => {
    const link = encodeLink(seedState());
    expect(link).toBe(
      '#v=2&l=en&in=9x9.b.ACCIgoCAoIiCAAA&k=3x3.1%2C-1%2C-1%2C-1%2C1%2C-1%2C-1%2C-1%2C1%7E3x3.1%2C-1%2C1%2C-1%2C1%2C-1%2C1%2C-1%2C1%7E3x3.-1%2C-1%2C1%2C-1%2C1%2C-1%2C1%2C-1%2C-1&c=1%2C0%2C1%2C0%2C1&p=max%2C2%2C2%2Cpad&a=relu&o=branch&d=shared%2C0%2Cgray',
    );
  });

  it('holds the whole network: blocks, their settings and slices, classes and edited votes exactly', () => {
    const state = run(
      seedState('zh'),
      { type: 'addBlock' },
      { type: 'setBlockWeight', b: 2, k: 2, c: 1, index: 3, value: 0.1 + 0.2 },
      { type: 'setBlockPool', b: 2, pool: { edge: 'ceil', size: 3, stride: 1 } },
      { type: 'addBlock' },
      { type: 'setBlockActivation', b: 3, activation: 'sigmoid' },
      {
        type: 'setBlockConv',
        b: 3,
        conv: { padding: 2, dilation: 2, bias: -1e-9, normalize: false },
      },
      { type: 'setVote', c: 1, index: 2, value: Math.PI },
      { type: 'setColorMap', colorMap: 'diverging' },
    );
    expect(state.votes).not.toBeNull();
    const { state: opened, problems } = decodeLink(encodeLink(state));
    expect(problems).toEqual([]);
    expect(opened).toEqual(state);
  });

  it('names the part it could not read and keeps the rest', () => {
    const state = run(
      seedState(),
      { type: 'addBlock' },
      { type: 'setVote', c: 0, index: 0, value: 2 },
    );
    const link = encodeLink(state);
    const broken = link.replace(
      /b=[^&]*/,
      'b=1%2C0%2C1%2C0%2C1%7Cmax%2C2%2C2%2Cpad%7Crelu%7C3x3.1',
    );
    const { state: opened, problems } = decodeLink(broken);
    expect(problems).toEqual(['blocks']);
    expect(opened.blocks).toEqual([]);
    expect(opened.votes).toEqual(state.votes);
    expect(decodeLink(link.replace(/cl=[^&]*|$/, '&cl=X%2CX')).problems).toEqual(['classes']);
  });

  it('refuses blocks whose slices do not span the channels before them, or more than two', () => {
    const two = run(seedState(), { type: 'addBlock' });
    const text = new URLSearchParams(encodeLink(two).slice(1)).get('b')!;
    expect(decodeBlocks(text, 3)).toEqual(two.blocks);
    expect(decodeBlocks(text, 2)).toBeNull();
    expect(decodeBlocks([text, text, text].join('~'), 3)).toBeNull();
  });

  it('votes round-trip bit for bit and refuse a wrong length or non-finite values', () => {
    const text = encodeVotes(SEED_VOTES);
    expect(decodeVotes(text)).toEqual(SEED_VOTES);
    expect(decodeVotes(text.replace('2.48.', '2.47.'))).toBeNull();
    const nan = encodeVotes({ weight: [[NaN]], bias: [0] });
    expect(decodeVotes(nan)).toBeNull();
  });

  it('opens a link of an unknown version on the seed and says so', () => {
    expect(decodeLink('#v=3&l=en').problems).toEqual(['version']);
  });
});
