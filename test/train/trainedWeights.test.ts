import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/core';
import { seedState } from '../../src/state';
import { defaultBlock } from '../../src/state/block';
import { samePage } from '../../src/train/pageRun';
import { stateWithWeights, weightsOf } from '../../src/train/trainedWeights';
import { pageNetwork } from './helpers';

describe('trained weights in the page state', () => {
  it('give every block its kernels and the votes their rows, keeping the settings', () => {
    const state = { ...seedState(), blocks: [defaultBlock(3)] };
    const { net, convLayers } = pageNetwork(state);
    const weights = weightsOf(net).map((w) =>
      w ? { weight: w.weight.map((v, i) => v + i), bias: w.bias } : null,
    );
    const next = stateWithWeights(state, net, convLayers, weights)!;
    expect(toRows(next.kernels[0]!)).toEqual(
      toRows(state.kernels[0]!).map((row, r) => row.map((v, c) => v + r * 3 + c)),
    );
    // Block 2: 3 kernels of 3 slices of 3x3; kernel 1, slice 2 starts at (1 * 3 + 2) * 9.
    expect(next.blocks[0]!.kernels[1]![2]!.data[0]).toBe(45);
    expect(next.blocks[0]!.conv).toBe(state.blocks[0]!.conv);
    expect(next.config).toBe(state.config);
    const last = weights.at(-1)!;
    expect(next.votes!.weight[1]![0]).toBe(last.weight[last.weight.length / 2]);
    expect(next.votes!.bias).toEqual(Array.from(last.bias));
  });

  it('do not fit a state whose blocks changed since the run started', () => {
    const { net, convLayers } = pageNetwork();
    const state = { ...seedState(), blocks: [defaultBlock(3)] };
    expect(stateWithWeights(state, net, convLayers, weightsOf(net))).toBeNull();
  });
});

describe('the page a run depends on', () => {
  it('is the same after a pixel or colour change, not after a kernel or size change', () => {
    const state = seedState();
    const painted = { ...state, input: { ...state.input, data: state.input.data.map((v) => -v) } };
    expect(samePage(state, painted)).toBe(true);
    expect(samePage(state, { ...state, display: { ...state.display, showValues: true } })).toBe(
      true,
    );
    expect(samePage(state, { ...state, kernels: [...state.kernels] })).toBe(false);
    expect(samePage(state, { ...state, votes: { weight: [], bias: [] } })).toBe(false);
  });
});
