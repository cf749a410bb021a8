import { describe, expect, it } from 'vitest';
import {
  createHistory,
  HISTORY_LIMIT,
  historyReducer,
  seedState,
  type History,
  type HistoryAction,
} from '../../src/state';

const run = (h: History, actions: HistoryAction[]) => actions.reduce(historyReducer, h);
const pixel = (h: History, i: number) => h.present.input.data[i];

describe('historyReducer', () => {
  const start = createHistory(seedState());

  it('makes every edit one undo step, and undo and redo walk them', () => {
    const h = run(start, [
      { type: 'flip', cell: { row: 0, col: 0 } },
      { type: 'cycleWeight', k: 0, index: 1 },
    ]);
    expect(h.past).toHaveLength(2);
    expect(pixel(h, 0)).toBe(1);
    expect(h.present.kernels[0]!.data[1]).toBe(0);
    const back = historyReducer(h, { type: 'undo' });
    expect(back.present.kernels[0]!.data[1]).toBe(-1);
    expect(pixel(back, 0)).toBe(1);
    const twice = historyReducer(back, { type: 'undo' });
    expect(twice.present.input).toBe(start.present.input);
    expect(twice.present.kernels).toBe(start.present.kernels);
    expect(historyReducer(twice, { type: 'undo' })).toBe(twice);
    const again = run(twice, [{ type: 'redo' }, { type: 'redo' }]);
    expect(again.present.kernels[0]!.data[1]).toBe(0);
    expect(historyReducer(again, { type: 'redo' })).toBe(again);
  });

  it('makes the paints of one stroke a single step, and a new stroke a new one', () => {
    const h = run(start, [
      { type: 'paint', cells: [{ row: 0, col: 0 }], value: 1, stroke: 1 },
      { type: 'paint', cells: [{ row: 0, col: 1 }], value: 1, stroke: 1 },
      { type: 'paint', cells: [{ row: 0, col: 2 }], value: 1, stroke: 1 },
      { type: 'paint', cells: [{ row: 8, col: 8 }], value: 1, stroke: 2 },
    ]);
    expect(h.past).toHaveLength(2);
    const back = historyReducer(h, { type: 'undo' });
    expect([pixel(back, 0), pixel(back, 1), pixel(back, 2), pixel(back, 80)]).toEqual([
      1, 1, 1, -1,
    ]);
    expect(historyReducer(back, { type: 'undo' }).present.input).toBe(start.present.input);
  });

  it('makes consecutive edits of one group (typing a number) a single step', () => {
    const h = run(start, [
      { type: 'setConv', conv: { bias: 0 }, group: 'bias' },
      { type: 'setConv', conv: { bias: 0.5 }, group: 'bias' },
      { type: 'setConv', conv: { bias: -0.5 }, group: 'bias' },
    ]);
    expect(h.present.config.conv.bias).toBe(-0.5);
    expect(h.past).toHaveLength(1);
    expect(historyReducer(h, { type: 'undo' }).present.config.conv.bias).toBe(0);
  });

  it('applies display and language changes without a step, and undo keeps them', () => {
    const h = run(start, [
      { type: 'flip', cell: { row: 0, col: 0 } },
      { type: 'setLanguage', language: 'zh' },
      { type: 'setShowValues', show: true },
    ]);
    expect(h.past).toHaveLength(1);
    const back = historyReducer(h, { type: 'undo' });
    expect(pixel(back, 0)).toBe(-1);
    expect(back.present.language).toBe('zh');
    expect(back.present.display.showValues).toBe(true);
  });

  it('makes reset and opening a link one step each, and a new edit clears redo', () => {
    const edited = run(start, [{ type: 'flip', cell: { row: 4, col: 0 } }]);
    const reset = historyReducer(edited, { type: 'reset' });
    expect(reset.past).toHaveLength(2);
    expect(pixel(historyReducer(reset, { type: 'undo' }), 36)).toBe(1);
    const loaded = historyReducer(reset, { type: 'load', state: edited.present });
    expect(loaded.past).toHaveLength(3);
    const undone = historyReducer(loaded, { type: 'undo' });
    expect(undone.future).toHaveLength(1);
    expect(historyReducer(undone, { type: 'invert' }).future).toEqual([]);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = start;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      h = historyReducer(h, { type: 'flip', cell: { row: 0, col: 0 } });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
