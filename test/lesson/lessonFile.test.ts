import { describe, expect, it } from 'vitest';
import { encodeLink, seedState } from '../../src/state';
import { LESSON_FORMAT, lessonFileText, parseLesson } from '../../src/lesson/lessonFile';
import { XO_STORY } from '../../src/lesson/xoStory';

const LINK = encodeLink(seedState('en'));
const file = (steps: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: LESSON_FORMAT, version: 1, title: { en: 'Mine' }, steps, ...extra });
const one = (step: Record<string, unknown>) => parseLesson(file([{ link: LINK, ...step }]));

describe('a lesson file', () => {
  it('reads back the lesson it was written from', () => {
    expect(parseLesson(lessonFileText(XO_STORY))).toEqual({ ok: true, lesson: XO_STORY });
  });

  it('is named, versioned JSON', () => {
    expect(JSON.parse(lessonFileText(XO_STORY))).toMatchObject({
      format: 'cnn-playground-lesson',
      version: 1,
      title: { en: 'The X-or-O story', zh: 'X 还是 O 的故事' },
    });
  });

  it('refuses text that is not JSON, not a lesson, or of another version', () => {
    expect(parseLesson('{oops')).toEqual({ ok: false, error: { kind: 'notJson' } });
    expect(parseLesson('{"format":"cnn-playground-snapshots"}')).toEqual({
      ok: false,
      error: { kind: 'notLesson' },
    });
    expect(parseLesson(file([], { version: 2 }))).toEqual({
      ok: false,
      error: { kind: 'version', version: '2' },
    });
  });

  it('refuses a lesson without a title or without steps', () => {
    expect(
      parseLesson(file([{ caption: { en: 'a' }, link: LINK }], { title: { fr: 'x' } })),
    ).toEqual({ ok: false, error: { kind: 'title' } });
    expect(parseLesson(file([]))).toEqual({ ok: false, error: { kind: 'noSteps' } });
  });

  it('names the step and the field that is wrong', () => {
    const error = (step: Record<string, unknown>) => {
      const parsed = one(step);
      return parsed.ok ? null : parsed.error;
    };
    expect(error({ caption: { en: '  ' } })).toEqual({ kind: 'step', index: 1, field: 'caption' });
    expect(error({ caption: { en: 'a' }, question: 'why?' })).toEqual({
      kind: 'step',
      index: 1,
      field: 'question',
    });
    expect(error({ caption: { en: 'a' }, answer: { en: 'b' } })).toEqual({
      kind: 'step',
      index: 1,
      field: 'answer',
    });
    expect(error({ caption: { en: 'a' }, hidden: ['conv-0'] })).toEqual({
      kind: 'step',
      index: 1,
      field: 'hidden',
    });
    expect(error({ caption: { en: 'a' }, question: { en: 'q' }, hidden: ['input'] })).toEqual({
      kind: 'step',
      index: 1,
      field: 'hidden',
    });
    expect(error({ caption: { en: 'a' }, highlight: ['nowhere'] })).toEqual({
      kind: 'step',
      index: 1,
      field: 'highlight',
    });
    expect(error({ caption: { en: 'a' }, link: 'v=2' })).toEqual({
      kind: 'step',
      index: 1,
      field: 'link',
    });
  });

  it('refuses a step whose page would not open as written, naming the link parts', () => {
    expect(one({ caption: { en: 'a' }, link: '#v=2&a=softplus&p=max,9,2,pad' })).toEqual({
      ok: false,
      error: { kind: 'link', index: 1, parts: ['pool', 'activation'] },
    });
  });
});
