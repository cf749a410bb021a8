import { describe, expect, it } from 'vitest';
import { encodeLink, inputPreset, seedState } from '../../src/state';
import {
  addStep,
  editStep,
  emptyLesson,
  moveStep,
  recordStep,
  removeStep,
  stepState,
  updateStepPage,
} from '../../src/lesson/lessonEdits';
import type { Lesson } from '../../src/lesson/lesson';

const seed = seedState('en');
const o = { ...seed, input: inputPreset('o') };
const step = (caption: string) => ({ caption: { en: caption }, link: encodeLink(seed) });
const abc: Lesson = { title: { en: 'ABC' }, steps: [step('a'), step('b'), step('c')] };
const captions = (l: Lesson) => l.steps.map((s) => s.caption.en);

describe('a teacher’s lesson', () => {
  it('records the page as it is now with a caption in the page’s language', () => {
    const recorded = recordStep(o, { caption: '  这是 O  ' }, 'zh');
    expect(recorded).toEqual({ caption: { zh: '这是 O' }, link: encodeLink(o) });
    expect(stepState(recorded, 'en').input.data).toEqual(inputPreset('o').data);
  });

  it('records a question with the maps it hides, and no hidden maps without one', () => {
    const asked = recordStep(
      seed,
      { caption: 'c', question: 'Guess?', answer: ' Bright ', hidden: ['conv-0'] },
      'en',
    );
    expect(asked.question).toEqual({ en: 'Guess?' });
    expect(asked.answer).toEqual({ en: 'Bright' });
    expect(asked.hidden).toEqual(['conv-0']);
    const plain = recordStep(
      seed,
      { caption: 'c', question: ' ', answer: 'a', hidden: ['conv-0'] },
      'en',
    );
    expect(plain).toEqual({ caption: { en: 'c' }, link: encodeLink(seed) });
  });

  it('adds steps at the end or after a given step', () => {
    const lesson = addStep(addStep(emptyLesson({ en: 'L' }), step('a')), step('c'));
    expect(captions(addStep(lesson, step('b'), 0))).toEqual(['a', 'b', 'c']);
  });

  it('reorders steps, and ignores a move out of range', () => {
    expect(captions(moveStep(abc, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(captions(moveStep(abc, 2, 1))).toEqual(['a', 'c', 'b']);
    expect(moveStep(abc, 0, 3)).toBe(abc);
  });

  it('edits a caption in one language and keeps the other', () => {
    const both: Lesson = { ...abc, steps: [{ ...step('a'), caption: { en: 'a', zh: '甲' } }] };
    expect(editStep(both, 0, 'en', { caption: 'A' }).steps[0]!.caption).toEqual({
      en: 'A',
      zh: '甲',
    });
  });

  it('updates a step to the page as it is now', () => {
    expect(updateStepPage(abc, 1, o).steps.map((s) => s.link === encodeLink(o))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('removes a step, and ignores an index out of range', () => {
    expect(captions(removeStep(abc, 1))).toEqual(['a', 'c']);
    expect(removeStep(abc, 5)).toBe(abc);
  });
});
