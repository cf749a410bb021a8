import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, inputPreset, seedState } from '../../src/state';
import {
  encodeLessonParam,
  keepLessonParams,
  readLessonLink,
  withLessonParams,
} from '../../src/lesson/lessonLink';
import { XO_STORY } from '../../src/lesson/xoStory';
import type { Lesson } from '../../src/lesson/lesson';

const PAGE = encodeLink(seedState('en'));
const mine: Lesson = {
  title: { zh: '我的课' },
  steps: [
    { caption: { zh: '第一步' }, link: encodeLink({ ...seedState(), input: inputPreset('o') }) },
  ],
};

describe('a lesson in a link', () => {
  it('adds lesson, step and hide to the page’s own link, which still opens the same page', () => {
    const hash = withLessonParams(PAGE, { param: 'xo', step: 2 }, ['settings', 'export']);
    expect(hash).toBe(`${PAGE}&lesson=xo&step=3&hide=settings,export`);
    expect(decodeLink(hash)).toEqual(decodeLink(PAGE));
  });

  it('reads the built-in lesson at its step with the parts to hide', () => {
    expect(readLessonLink('#v=2&lesson=xo&step=4&hide=kernels,nonsense,settings')).toEqual({
      lesson: { ok: true, lesson: XO_STORY, builtin: 'xo' },
      step: 3,
      hide: ['settings', 'kernels'],
    });
  });

  it('starts at step 1 when the step is missing or not a positive whole number', () => {
    expect(readLessonLink('#v=2&lesson=xo').step).toBe(0);
    expect(readLessonLink('#v=2&lesson=xo&step=0').step).toBe(0);
    expect(readLessonLink('#v=2&lesson=xo&step=2.5').step).toBe(0);
  });

  it('holds a teacher’s lesson, Chinese text and all, and reads it back', () => {
    const hash = withLessonParams(PAGE, { param: encodeLessonParam(mine), step: 0 }, []);
    expect(readLessonLink(hash).lesson).toEqual({ ok: true, lesson: mine, builtin: null });
  });

  it('says a damaged lesson cannot be read, and that a link without one holds none', () => {
    expect(readLessonLink('#v=2&lesson=f.%%%').lesson).toEqual({
      ok: false,
      error: { kind: 'notLesson' },
    });
    expect(readLessonLink(PAGE)).toEqual({ lesson: null, step: 0, hide: [] });
  });

  it('keeps the lesson parameters when the page writes its new link', () => {
    const current = withLessonParams(PAGE, { param: 'xo', step: 5 }, ['train']);
    const next = encodeLink({ ...seedState(), input: inputPreset('o') });
    expect(keepLessonParams(next, current)).toBe(`${next}&lesson=xo&step=6&hide=train`);
    expect(keepLessonParams(next, PAGE)).toBe(next);
  });

  it('removes the lesson parameters when the lesson is closed', () => {
    const current = withLessonParams(PAGE, { param: 'xo', step: 5 }, ['train']);
    expect(withLessonParams(current, null, [])).toBe(PAGE);
  });
});
