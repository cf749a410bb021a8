import { decodeLink, type LinkPart } from '../state';
import {
  HIGHLIGHT_PARTS,
  hideableMap,
  MAX_CAPTION,
  MAX_STEPS,
  type Caption,
  type Lesson,
  type LessonStep,
} from './lesson';

/** A lesson as a file: JSON a teacher can keep, mail, edit and open in another browser. */
export const LESSON_FORMAT = 'cnn-playground-lesson';
export const LESSON_FILE_VERSION = 1;

/** What is wrong with a lesson file, precisely enough to say how to fix it. */
export type LessonFileError =
  | { readonly kind: 'notJson' }
  | { readonly kind: 'notLesson' }
  | { readonly kind: 'version'; readonly version: string }
  | { readonly kind: 'title' }
  | { readonly kind: 'noSteps' }
  | { readonly kind: 'tooMany'; readonly count: number; readonly max: number }
  | {
      readonly kind: 'step';
      /** 1-based, as a teacher counts. */
      readonly index: number;
      readonly field: 'step' | 'caption' | 'question' | 'answer' | 'hidden' | 'highlight' | 'link';
    }
  | { readonly kind: 'link'; readonly index: number; readonly parts: readonly LinkPart[] };

export type ParsedLesson =
  | { readonly ok: true; readonly lesson: Lesson }
  | { readonly ok: false; readonly error: LessonFileError };

/** The file of a lesson, pretty-printed. */
export function lessonFileText(lesson: Lesson): string {
  const file = { format: LESSON_FORMAT, version: LESSON_FILE_VERSION, ...lesson };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A caption: an object of 'en' and/or 'zh' texts, at least one of them not empty. */
function readCaption(v: unknown): Caption | null {
  if (!isRecord(v)) return null;
  const keys = Object.keys(v);
  if (keys.length === 0 || keys.some((k) => k !== 'en' && k !== 'zh')) return null;
  const texts = keys.map((k) => v[k]);
  if (texts.some((t) => typeof t !== 'string' || t.length > MAX_CAPTION)) return null;
  if (texts.every((t) => (t as string).trim() === '')) return null;
  return v as Caption;
}

function readList(v: unknown, ok: (id: string) => boolean): string[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > 32) return null;
  return v.every((id) => typeof id === 'string' && ok(id)) ? (v as string[]) : null;
}

const HIGHLIGHTS: readonly string[] = HIGHLIGHT_PARTS;

/**
 * The lesson in a file's (or a link's) text, or the first thing wrong with it. Every step's
 * page must open without a problem, so that no step shows the seed's values unsaid.
 */
export function parseLesson(text: string): ParsedLesson {
  const fail = (error: LessonFileError): ParsedLesson => ({ ok: false, error });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ kind: 'notJson' });
  }
  if (!isRecord(data) || data.format !== LESSON_FORMAT) return fail({ kind: 'notLesson' });
  if (data.version !== LESSON_FILE_VERSION) {
    return fail({ kind: 'version', version: String(data.version) });
  }
  const title = readCaption(data.title);
  if (!title) return fail({ kind: 'title' });
  if (!Array.isArray(data.steps) || data.steps.length === 0) return fail({ kind: 'noSteps' });
  if (data.steps.length > MAX_STEPS) {
    return fail({ kind: 'tooMany', count: data.steps.length, max: MAX_STEPS });
  }
  const steps: LessonStep[] = [];
  for (const [i, item] of (data.steps as unknown[]).entries()) {
    const index = i + 1;
    const bad = (field: Extract<LessonFileError, { kind: 'step' }>['field']) =>
      fail({ kind: 'step', index, field });
    if (!isRecord(item)) return bad('step');
    const caption = readCaption(item.caption);
    if (!caption) return bad('caption');
    const question = item.question === undefined ? undefined : readCaption(item.question);
    if (question === null) return bad('question');
    const answer = item.answer === undefined ? undefined : readCaption(item.answer);
    if (answer === null || (answer && !question)) return bad('answer');
    const hidden = readList(item.hidden, hideableMap);
    if (!hidden || (hidden.length > 0 && !question)) return bad('hidden');
    const highlight = readList(item.highlight, (id) => HIGHLIGHTS.includes(id));
    if (!highlight) return bad('highlight');
    if (typeof item.link !== 'string' || !item.link.startsWith('#')) return bad('link');
    const { problems } = decodeLink(item.link);
    if (problems.length > 0) return fail({ kind: 'link', index, parts: problems });
    steps.push({
      caption,
      ...(question ? { question, ...(answer ? { answer } : {}), hidden } : {}),
      ...(highlight.length > 0 ? { highlight } : {}),
      link: item.link,
    });
  }
  return { ok: true, lesson: { title, steps } };
}
