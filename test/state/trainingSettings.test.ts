import { describe, expect, it } from 'vitest';
import {
  createHistory,
  decodeLink,
  encodeLink,
  historyReducer,
  reducer,
  seedState,
} from '../../src/state';
import { decodeTraining, encodeTraining } from '../../src/state/trainingCodec';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettings } from '../../src/state/trainSettings';

const chosen: TrainSettings = {
  optimizer: 'adam',
  learningRate: 0.003,
  batchSize: 32,
  weightDecay: 0.0001,
  learns: 'all',
  seed: -7,
  trainCount: 400,
  testCount: 50,
};

describe('the training settings in the state', () => {
  it('start at the defaults: momentum, rate 0.1, batch 16, seed 1, 200 and 100 pictures', () => {
    expect(seedState().training).toEqual({
      optimizer: 'momentum',
      learningRate: 0.1,
      batchSize: 16,
      weightDecay: 0,
      learns: 'kernels',
      seed: 1,
      trainCount: 200,
      testCount: 100,
    });
  });

  it('setTraining takes usable settings and keeps none of the run-time drawings', () => {
    const drawings = [{ input: { channels: 1, height: 1, width: 1, data: [1] }, label: 0 }];
    const next = reducer(seedState(), {
      type: 'setTraining',
      training: { ...chosen, drawings } as unknown as TrainSettings,
    });
    expect(next.training).toEqual(chosen);
    expect('drawings' in next.training).toBe(false);
  });

  it('setTraining refuses a setting that cannot be used and leaves the state as it was', () => {
    const state = seedState();
    for (const bad of [
      { learningRate: 0 },
      { learningRate: Number.NaN },
      { batchSize: 257 },
      { seed: 1.5 },
      { trainCount: 1 },
      { weightDecay: 2 },
    ]) {
      expect(reducer(state, { type: 'setTraining', training: { ...chosen, ...bad } })).toBe(state);
    }
  });

  it('setTraining with the same settings returns the same state', () => {
    const state = seedState();
    expect(reducer(state, { type: 'setTraining', training: { ...DEFAULT_TRAIN_SETTINGS } })).toBe(
      state,
    );
  });

  it('is not an undo step, and undo leaves it as it is', () => {
    let h = createHistory(seedState());
    h = historyReducer(h, { type: 'flip', cell: { row: 0, col: 0 } });
    h = historyReducer(h, { type: 'setTraining', training: chosen });
    expect(h.past).toHaveLength(1);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present.training).toEqual(chosen);
    expect(h.present.input.data[0]).toBe(-1);
  });
});

describe('the training settings in a link', () => {
  it('are left out of the link at their defaults, so older links and the seed read the same', () => {
    expect(encodeTraining(DEFAULT_TRAIN_SETTINGS)).toBeNull();
    expect(encodeLink(seedState())).not.toContain('t=');
  });

  it('are written as one part in a fixed order and read back exactly', () => {
    expect(encodeTraining(chosen)).toBe('adam,0.003,32,0.0001,all,-7,400,50');
    const state = { ...seedState(), training: chosen };
    const link = encodeLink(state);
    expect(link).toContain('&t=adam%2C0.003%2C32%2C0.0001%2Call%2C-7%2C400%2C50');
    const back = decodeLink(link);
    expect(back.problems).toEqual([]);
    expect(back.state.training).toEqual(chosen);
  });

  it('round-trip a rate that has no short decimal form', () => {
    const rate = 0.1 + 0.2;
    const back = decodeTraining(encodeTraining({ ...chosen, learningRate: rate })!);
    expect(back?.learningRate).toBe(rate);
  });

  it('a damaged part is named and the defaults stand in, the rest of the link opens', () => {
    for (const bad of [
      'adam,0.01,32,0,all,7,400',
      'rmsprop,0.01,32,0,all,7,400,100',
      'adam,0.01,32,0,everything,7,400,100',
      'adam,Infinity,32,0,all,7,400,100',
      'adam,0x10,32,0,all,7,400,100',
      'adam,,32,0,all,7,400,100',
      'adam,0.01,3000,0,all,7,400,100',
    ]) {
      const link = `${encodeLink(seedState())}&t=${encodeURIComponent(bad)}`;
      const { state, problems } = decodeLink(link);
      expect(problems, bad).toEqual(['training']);
      expect(state.training).toEqual(DEFAULT_TRAIN_SETTINGS);
      expect(state.input).toEqual(seedState().input);
    }
  });
});
