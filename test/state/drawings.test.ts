import { describe, expect, it } from 'vitest';
import { classify, SEED_O, SEED_X, tensorFromMatrix } from '../../src/core';
import {
  createStore,
  decodeLink,
  encodeLink,
  reducer,
  seedState,
  type Action,
  type AppState,
} from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { MAX_CLASSES, MAX_DRAWINGS } from '../../src/state/drawings';

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);

describe("the class's drawings and classes", () => {
  it('addDrawing puts the current picture in the training set with its class', () => {
    const state = run(
      seedState(),
      { type: 'addDrawing', label: 0 },
      { type: 'loadPreset', preset: 'o' },
      { type: 'addDrawing', label: 1 },
    );
    expect(state.drawings.map((d) => d.label)).toEqual([0, 1]);
    expect(state.drawings[0]!.input).toBe(SEED_X);
    expect(Array.from(state.drawings[1]!.input.data)).toEqual(Array.from(SEED_O.data));
    expect(run(state, { type: 'addDrawing', label: 2 })).toBe(state);
    expect(run(state, { type: 'removeDrawing', index: 0 }).drawings.map((d) => d.label)).toEqual([
      1,
    ]);
  });

  it('keeps at most sixty drawings', () => {
    let state = seedState();
    for (let i = 0; i < MAX_DRAWINGS + 3; i++)
      state = reducer(state, { type: 'addDrawing', label: 0 });
    expect(state.drawings).toHaveLength(MAX_DRAWINGS);
  });

  it('a new class gets a row of zero votes, so the decision is unchanged until it learns', () => {
    const plus = run(seedState(), { type: 'addClass', name: ' + ' });
    expect(plus.classes).toEqual(['X', 'O', '+']);
    const made = decisionNetwork(plus);
    if ('problem' in made) throw new Error('a network expected');
    const { logits } = classify(made.network, tensorFromMatrix(SEED_X));
    const seed = decisionNetwork(seedState());
    if ('problem' in seed) throw new Error('a network expected');
    const before = classify(seed.network, tensorFromMatrix(SEED_X)).logits;
    expect(Array.from(logits)).toEqual([before[0], before[1], 0]);
    // Edited votes grow a zero row too.
    const edited = run(
      seedState(),
      { type: 'setVote', c: 0, index: 0, value: 2 },
      { type: 'addClass', name: '+' },
    );
    expect(edited.votes!.weight[2]).toEqual(new Array(48).fill(0));
    expect(edited.votes!.bias).toEqual([edited.votes!.bias[0], edited.votes!.bias[1], 0]);
  });

  it('refuses a fifth-plus class, a repeated or empty name, and removing X or O', () => {
    let state = seedState();
    for (const name of ['+', '-', '|', '/']) state = reducer(state, { type: 'addClass', name });
    expect(state.classes).toHaveLength(MAX_CLASSES);
    const full = state;
    expect(run(seedState(), { type: 'addClass', name: 'X' }).classes).toEqual(['X', 'O']);
    expect(run(seedState(), { type: 'addClass', name: '  ' }).classes).toEqual(['X', 'O']);
    expect(run(seedState(), { type: 'addClass', name: 'a,b' }).classes).toEqual(['X', 'O']);
    expect(run(full, { type: 'removeClass', c: 1 })).toBe(full);
  });

  it('removing a class removes its drawings and renumbers the later ones', () => {
    const state = run(
      seedState(),
      { type: 'addClass', name: '+' },
      { type: 'addClass', name: '-' },
      { type: 'addDrawing', label: 2 },
      { type: 'addDrawing', label: 3 },
      { type: 'addDrawing', label: 0 },
      { type: 'removeClass', c: 2 },
    );
    expect(state.classes).toEqual(['X', 'O', '-']);
    expect(state.drawings.map((d) => d.label)).toEqual([2, 0]);
  });

  it('a link keeps the classes and the drawings, and undo covers them', () => {
    const state = run(
      seedState(),
      { type: 'addClass', name: '+' },
      { type: 'addDrawing', label: 2 },
      { type: 'resizeInput', height: 12, width: 10 },
      { type: 'addDrawing', label: 0 },
    );
    const { state: opened, problems } = decodeLink(encodeLink(state));
    expect(problems).toEqual([]);
    expect(opened.classes).toEqual(state.classes);
    expect(opened.drawings).toEqual(state.drawings);
    const store = createStore(seedState());
    store.dispatch({ type: 'addDrawing', label: 1 });
    store.dispatch({ type: 'undo' });
    expect(store.getState().drawings).toEqual([]);
  });
});
