import { describe, expect, it } from 'vitest';
import { SEED_KERNELS } from '../../src/core';
import { decodeLink, inputPreset } from '../../src/state';
import { hideableMap } from '../../src/lesson/lesson';
import { stepState } from '../../src/lesson/lessonEdits';
import { XO_STORY } from '../../src/lesson/xoStory';

describe('the built-in lesson, the X-or-O story', () => {
  it('has eight steps, each captioned in English and Chinese', () => {
    expect(XO_STORY.steps).toHaveLength(8);
    for (const [i, step] of XO_STORY.steps.entries()) {
      expect(step.caption.en!.startsWith(`${i + 1}. `)).toBe(true);
      expect(step.caption.zh!.startsWith(`${i + 1}. `)).toBe(true);
      if (step.question) expect(step.question.zh!.length).toBeGreaterThan(5);
      if (step.answer) expect([step.question, step.answer.zh]).not.toContain(undefined);
    }
  });

  it('answers every question once revealed, in both languages', () => {
    const answered = XO_STORY.steps.map((s) => Boolean(s.question) && Boolean(s.answer?.en));
    expect(answered).toEqual([false, true, true, true, true, false, false, false]);
    expect(XO_STORY.steps[2]!.answer!.en).toBe(
      'At the centre (1.00), where the X’s two strokes cross; along the strokes it reaches 0.56.',
    );
  });

  it('opens every step’s page without a problem', () => {
    for (const step of XO_STORY.steps) expect(decodeLink(step.link).problems).toEqual([]);
  });

  it('hides only maps that exist, and only behind a question', () => {
    const hidden = XO_STORY.steps.map((s) => s.hidden ?? []);
    expect(hidden).toEqual([[], ['conv-0'], ['conv-1'], ['relu-0'], ['pool-0'], [], [], []]);
    for (const step of XO_STORY.steps) {
      for (const id of step.hidden ?? []) expect(hideableMap(id)).toBe(true);
      if (step.hidden?.length) expect(step.question).toBeDefined();
    }
  });

  it('sets up the page for each step: one kernel, three, the moved X, the O, two blocks', () => {
    const states = XO_STORY.steps.map((s) => stepState(s, 'zh'));
    expect(states.map((s) => s.kernels.length)).toEqual([1, 1, 3, 3, 3, 3, 3, 3]);
    expect(states[0]!.display.showValues).toBe(true);
    expect(states[1]!.kernels[0]!.data).toEqual(SEED_KERNELS[0]!.data);
    expect(states[4]!.input.data).toEqual(inputPreset('shiftedX').data);
    expect(states[6]!.input.data).toEqual(inputPreset('o').data);
    expect(states.map((s) => s.blocks.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(states.every((s) => s.language === 'zh')).toBe(true);
  });
});
