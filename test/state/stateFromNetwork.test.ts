import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkToJson, parseNetwork, type LayerJson } from '../../src/core';
import { reducer, seedState, type AppState } from '../../src/state';
import { stateFromNetwork } from '../../src/state/stateFromNetwork';
import { PAGE_STATES } from './stateFromNetworkArbitraries';
import { held, pageNetwork, seedFile } from './stateFromNetworkFiles';

describe('stateFromNetwork', () => {
  it("gives back the seed's state for the seed's network, its votes still derived", () => {
    const seed = seedState();
    const back = stateFromNetwork(pageNetwork(seed), seed);
    expect('problem' in back).toBe(false);
    expect(held(back as AppState)).toEqual(held(seed));
    expect((back as AppState).votes).toBe(null);
  });

  it("reproduces a page's kernels, settings, blocks, classes and votes from its network", () => {
    fc.assert(
      fc.property(PAGE_STATES, (s) => {
        const back = stateFromNetwork(pageNetwork(s), s);
        expect('problem' in back ? back.problem : null).toBe(null);
        expect(held(back as AppState)).toEqual(held(s));
      }),
      { numRuns: 100 },
    );
  });

  it('makes the same network again from the state it gives', () => {
    fc.assert(
      fc.property(PAGE_STATES, (s) => {
        const json = networkToJson(pageNetwork(s));
        const back = stateFromNetwork(parseNetwork(json), seedState()) as AppState;
        expect(networkToJson(pageNetwork(back))).toEqual(json);
      }),
      { numRuns: 100 },
    );
  });

  it("resizes the page's picture to the file's input and keeps its display and language", () => {
    const base = { ...seedState('zh'), display: { ...seedState().display, showValues: true } };
    // 11x11 -> 9x9 feature maps -> the zero row and column -> 10x10 -> 5x5 pooled, 75 votes.
    const weight = [new Array<number>(75).fill(0.5), new Array<number>(75).fill(-0.5)];
    const json = seedFile((j) => {
      j.input = [1, 11, 11];
      j.layers[5] = { type: 'linear', weight, bias: [1, 2] };
    });
    const back = stateFromNetwork(parseNetwork(json), base) as AppState;
    expect([back.input.height, back.input.width]).toEqual([11, 11]);
    expect(back.language).toBe('zh');
    expect(back.display.showValues).toBe(true);
    expect(back.votes).toEqual({ weight, bias: [1, 2] });
  });

  it('names the class names X, O, 3 for a file of three classes without names', () => {
    const json = seedFile((j) => {
      delete j.classes;
      const linear = j.layers[5] as Extract<LayerJson, { type: 'linear' }>;
      linear.weight.push(new Array<number>(48).fill(0));
      linear.bias.push(0);
    });
    expect((stateFromNetwork(parseNetwork(json), seedState()) as AppState).classes).toEqual([
      'X',
      'O',
      '3',
    ]);
  });
});

describe('stateFromNetwork with colour (three input channels)', () => {
  const colorPage = (): AppState => {
    const seed = seedState();
    const green = { ...seed.input, data: seed.input.data.map((v) => -v) };
    const s = reducer(seed, { type: 'setColorInput', channels: [seed.input, green, seed.input] });
    return reducer(s, { type: 'setWeight', k: 2, index: 4, value: 0.5, channel: 1 });
  };

  it("gives back a colour page's slices and channels from its network", () => {
    const page = colorPage();
    const back = stateFromNetwork(pageNetwork(page), page) as AppState;
    expect('problem' in back).toBe(false);
    expect(held(back)).toEqual(held(page));
    expect(back.color?.green).toBe(page.color!.green);
    expect(back.color!.slices.map((s) => s.map((m) => Array.from(m.data)))).toEqual(
      page.color!.slices.map((s) => s.map((m) => Array.from(m.data))),
    );
    expect(networkToJson(pageNetwork(back))).toEqual(networkToJson(pageNetwork(page)));
  });

  it('opens a colour network on a gray page with the gray picture in every channel', () => {
    const json = networkToJson(pageNetwork(colorPage()));
    const back = stateFromNetwork(parseNetwork(json), seedState()) as AppState;
    expect(back.color?.green).toBe(seedState().input);
    expect(back.color?.blue).toBe(seedState().input);
    expect(networkToJson(pageNetwork(back))).toEqual(json);
  });

  it('a gray network on a colour page makes it gray: the picture becomes its gray', () => {
    const page = colorPage();
    const back = stateFromNetwork(pageNetwork(seedState()), page) as AppState;
    expect(back.color).toBeNull();
    // Red and blue are the seed, green its negative: 0.2126 v - 0.7152 v + 0.0722 v.
    expect(back.input.data[0]).toBeCloseTo(-1 * (0.2126 - 0.7152 + 0.0722), 15);
  });
});
