import { describe, expect, it } from 'vitest';
import { SEED_O, SEED_X } from '../../src/core';
import { reducer, seedState, type AppState } from '../../src/state';
import { trainData } from '../../src/train/trainData';
import { withDrawings } from '../../src/train/trainDrawings';
import { DEFAULT_TRAIN_SETTINGS } from '../../src/train/trainSettings';

describe("the class's drawings in training", () => {
  const drawn: AppState = [
    { type: 'addDrawing', label: 1 } as const,
    { type: 'resizeInput', height: 12, width: 12 } as const,
    { type: 'addDrawing', label: 0 } as const,
    { type: 'resizeInput', height: 9, width: 9 } as const,
    { type: 'loadPreset', preset: 'o' } as const,
    { type: 'addDrawing', label: 1 } as const,
  ].reduce(reducer, seedState());

  it('withDrawings adds the drawings of the picture size as examples, and leaves the others out', () => {
    const settings = withDrawings(DEFAULT_TRAIN_SETTINGS, drawn);
    expect(settings.drawings!.map((d) => d.label)).toEqual([1, 1]);
    expect(Array.from(settings.drawings![0]!.input.data)).toEqual(Array.from(SEED_X.data));
    expect(Array.from(settings.drawings![1]!.input.data)).toEqual(Array.from(SEED_O.data));
    expect(withDrawings(DEFAULT_TRAIN_SETTINGS, seedState())).toBe(DEFAULT_TRAIN_SETTINGS);
    expect(withDrawings(settings, seedState())).toEqual(DEFAULT_TRAIN_SETTINGS);
  });

  it('trainData puts them after the generated pictures, in the order they were drawn', () => {
    const { drawings } = withDrawings(DEFAULT_TRAIN_SETTINGS, drawn);
    const data = trainData(9, 9, 1, 20, 10, drawings)!;
    expect(data.train).toHaveLength(22);
    expect(data.train.slice(20).map((e) => e.label)).toEqual([1, 1]);
    expect(data.train.slice(0, 20)).toEqual(trainData(9, 9, 1, 20, 10)!.train);
    expect(data.test).toEqual(trainData(9, 9, 1, 20, 10)!.test);
  });
});
