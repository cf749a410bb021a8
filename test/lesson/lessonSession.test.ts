import { describe, expect, it } from 'vitest';
import { currentStep, hiddenMaps, lessonReducer } from '../../src/lesson/lessonSession';
import { XO_STORY } from '../../src/lesson/xoStory';

const open = lessonReducer(null, { type: 'open', lesson: XO_STORY, builtin: 'xo' })!;

describe('following a lesson', () => {
  it('opens at its first step with nothing revealed', () => {
    expect(open).toEqual({ lesson: XO_STORY, builtin: 'xo', step: 0, revealed: false });
  });

  it('opens at a step given by a link, kept within the lesson', () => {
    const at = (step: number) => lessonReducer(null, { type: 'open', lesson: XO_STORY, step });
    expect(at(3)!.step).toBe(3);
    expect(at(99)!.step).toBe(XO_STORY.steps.length - 1);
    expect(at(-2)!.step).toBe(0);
    expect(at(1.5)!.step).toBe(0);
  });

  it('moves to the next and previous step and stops at either end', () => {
    const second = lessonReducer(open, { type: 'next' })!;
    expect(second.step).toBe(1);
    expect(lessonReducer(second, { type: 'prev' })!.step).toBe(0);
    expect(lessonReducer(open, { type: 'prev' })).toBe(open);
    const last = lessonReducer(open, { type: 'goTo', step: 7 })!;
    expect(lessonReducer(last, { type: 'next' })).toBe(last);
  });

  it('hides the question’s map until it is revealed, and again on coming back', () => {
    const second = lessonReducer(open, { type: 'next' })!;
    expect(currentStep(second).question?.en).toBe(
      'What will feature map 1 look like? Where will it be brightest?',
    );
    expect(hiddenMaps(second)).toEqual(['conv-0']);
    const revealed = lessonReducer(second, { type: 'reveal' })!;
    expect(hiddenMaps(revealed)).toEqual([]);
    const back = lessonReducer(lessonReducer(revealed, { type: 'next' }), { type: 'prev' })!;
    expect(hiddenMaps(back)).toEqual(['conv-0']);
  });

  it('hides nothing on a step without a question, or with no lesson open', () => {
    expect(hiddenMaps(open)).toEqual([]);
    expect(hiddenMaps(null)).toEqual([]);
  });

  it('closes, and refuses to open a lesson without steps', () => {
    expect(lessonReducer(open, { type: 'close' })).toBeNull();
    expect(lessonReducer(null, { type: 'open', lesson: { title: { en: 'x' }, steps: [] } })).toBe(
      null,
    );
  });
});
