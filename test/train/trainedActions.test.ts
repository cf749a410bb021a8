import { describe, expect, it } from 'vitest';
import { createStore, seedState } from '../../src/state';
import { defaultBlock } from '../../src/state/block';
import { trainedActions } from '../../src/train/trainedActions';
import { stateWithWeights, weightsOf } from '../../src/train/trainedWeights';
import { pageNetwork } from './helpers';

const state = { ...seedState(), blocks: [defaultBlock(3)] };
const { net, convLayers } = pageNetwork(state);
const moved = (by: number) =>
  stateWithWeights(
    state,
    net,
    convLayers,
    weightsOf(net).map((w) => (w ? { weight: w.weight.map((v) => v + by), bias: w.bias } : null)),
  )!;

describe('trained weights as store actions', () => {
  it('set every changed kernel and the votes, in one undo step however many reports', () => {
    const store = createStore(state);
    for (const by of [0.25, 0.5]) {
      for (const a of trainedActions(store.getState(), moved(by), 'training 1')) store.dispatch(a);
    }
    expect(Array.from(store.getState().kernels[0]!.data)).toEqual(
      Array.from(state.kernels[0]!.data, (v) => v + 0.5),
    );
    expect(store.getState().blocks[0]!.kernels[2]![2]!.data[4]).toBe(1.5);
    expect(store.getState().votes).toEqual(moved(0.5).votes);
    store.dispatch({ type: 'undo' });
    expect(store.getState().kernels).toBe(state.kernels);
    expect(store.getState().votes).toBeNull();
    expect(store.canUndo()).toBe(false);
  });

  it('leave out kernels that did not change', () => {
    const same = stateWithWeights(state, net, convLayers, weightsOf(net))!;
    expect(trainedActions(state, same, 'g').map((a) => a.type)).toEqual(['setVotes']);
  });
});
