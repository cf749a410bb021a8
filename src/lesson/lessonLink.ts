import { fromBase64Url, toBase64Url } from '../state/base64url';
import type { Lesson } from './lesson';
import { lessonFileText, parseLesson, type LessonFileError } from './lessonFile';
import { parseHide, type HidePart } from './hideParts';
import { XO_STORY, XO_STORY_ID } from './xoStory';

/**
 * A lesson in a link: extra parameters after the page's own (`#v=2&...`), which the app's
 * decodeLink ignores: `lesson=xo` (the built-in lesson) or `lesson=f.<base64url JSON>` (a
 * teacher's lesson, as its file), `step=3` (1-based) and `hide=settings,export`.
 */
export const LESSON_PARAMS = ['lesson', 'step', 'hide'] as const;

export interface LessonLink {
  /** The lesson the link opens, or why it cannot; null: the link holds no lesson. */
  readonly lesson:
    | { readonly ok: true; readonly lesson: Lesson; readonly builtin: string | null }
    | { readonly ok: false; readonly error: LessonFileError }
    | null;
  /** 0-based. */
  readonly step: number;
  readonly hide: readonly HidePart[];
}

function paramsOf(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

/** The lesson text of a teacher's lesson, as the `lesson` parameter holds it. */
export function encodeLessonParam(lesson: Lesson): string {
  return `f.${toBase64Url(new TextEncoder().encode(lessonFileText(lesson)))}`;
}

function decodeLessonParam(text: string): LessonLink['lesson'] {
  if (text === XO_STORY_ID) return { ok: true, lesson: XO_STORY, builtin: XO_STORY_ID };
  const bytes = text.startsWith('f.') ? fromBase64Url(text.slice(2)) : null;
  if (!bytes) return { ok: false, error: { kind: 'notLesson' } };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { kind: 'notLesson' } };
  }
  const parsed = parseLesson(json);
  return parsed.ok ? { ok: true, lesson: parsed.lesson, builtin: null } : parsed;
}

/** The lesson parameters of a link hash. */
export function readLessonLink(hash: string): LessonLink {
  const params = paramsOf(hash);
  const text = params.get('lesson');
  const step = Number(params.get('step') ?? '1');
  return {
    lesson: text === null ? null : decodeLessonParam(text),
    step: Number.isInteger(step) && step >= 1 ? step - 1 : 0,
    hide: parseHide(params.get('hide')),
  };
}

/** The `key=value` parts of a hash, as written (so the page's own parts stay byte for byte). */
function segments(hash: string): string[] {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  return text === '' ? [] : text.split('&');
}

const isLessonPart = (segment: string) =>
  (LESSON_PARAMS as readonly string[]).includes(segment.split('=')[0]!);

/**
 * `pageHash` (the page's own link) with the lesson parameters set after its own, which stay
 * as they were; `null` and no parts to hide remove them. Their values need no escaping.
 */
export function withLessonParams(
  pageHash: string,
  lesson: { readonly param: string; readonly step: number } | null,
  hide: readonly HidePart[],
): string {
  const parts = segments(pageHash).filter((s) => !isLessonPart(s));
  if (lesson) parts.push(`lesson=${lesson.param}`, `step=${lesson.step + 1}`);
  if (hide.length > 0) parts.push(`hide=${hide.join(',')}`);
  return `#${parts.join('&')}`;
}

/** `pageHash` with the lesson parameters that `current` (the URL's hash now) carries. */
export function keepLessonParams(pageHash: string, current: string): string {
  const kept = segments(current).filter(isLessonPart);
  if (kept.length === 0) return pageHash;
  return `#${[...segments(pageHash).filter((s) => !isLessonPart(s)), ...kept].join('&')}`;
}
