// Links written by version 1 of the link format (the page before the state became a
// network): each fixture was written by that encoder, with the state it described and the maps
// the page showed. Teachers have shared and saved them; they keep opening identically.
import { describe, expect, it } from 'vitest';
import { runPipeline, toRows, type Matrix } from '../../src/core';
import { decodeLink } from '../../src/state';
import fixtures from '../fixtures/linksV1.json';

const rows = (stage: { map: Matrix | null }) => (stage.map ? toRows(stage.map) : null);

describe('a link written by version 1', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('opens %s as it did', (_, fixture) => {
    const { state, problems } = decodeLink(fixture.link, 'en');
    expect(problems).toEqual([]);
    expect(state.language).toBe(fixture.language);
    expect(state.display).toMatchObject(fixture.display);
    expect(toRows(state.input)).toEqual(fixture.input);
    expect(state.kernels.map(toRows)).toEqual(fixture.kernels);
    expect(state.config).toEqual(fixture.config);
    if (fixture.maps === null) return;
    const maps = runPipeline(state.input, state.kernels, state.config).map((r) => ({
      feature: rows(r.feature),
      pooled: rows(r.pooled),
      activated: rows(r.activated),
    }));
    expect(maps).toEqual(fixture.maps);
  });

  it('covers the seed, every setting list and all three picture encodings', () => {
    const links = fixtures.map((f) => f.link).join(' ');
    for (const part of ['.b.', '.q.', '.f.', 'tanh', 'sigmoid', 'leakyRelu', 'chain', 'ceil']) {
      expect(links).toContain(part);
    }
  });
});
