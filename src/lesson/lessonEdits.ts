import { decodeLink, encodeLink, type AppState, type Language } from '../state';
import { MAX_STEPS, type Caption, type Lesson, type LessonStep } from './lesson';

/** An empty lesson a teacher starts from. */
export function emptyLesson(title: Caption): Lesson {
  return { title, steps: [] };
}

/**
 * "Add this as a step": the page as it is now, with a caption in the page's language, and
 * optionally a question that keeps `hidden` maps hidden until revealed. Added after step
 * `after` (0-based; default: at the end). A lesson already at MAX_STEPS is returned as it is.
 */
export function recordStep(
  state: AppState,
  text: { caption: string; question?: string; answer?: string; hidden?: readonly string[] },
  language: Language,
): LessonStep {
  const question = text.question?.trim();
  const answer = text.answer?.trim();
  return {
    caption: { [language]: text.caption.trim() },
    ...(question
      ? {
          question: { [language]: question },
          ...(answer ? { answer: { [language]: answer } } : {}),
          hidden: [...(text.hidden ?? [])],
        }
      : {}),
    link: encodeLink(state),
  };
}

export function addStep(lesson: Lesson, step: LessonStep, after?: number): Lesson {
  if (lesson.steps.length >= MAX_STEPS) return lesson;
  const at = after === undefined ? lesson.steps.length : Math.min(after + 1, lesson.steps.length);
  return { ...lesson, steps: [...lesson.steps.slice(0, at), step, ...lesson.steps.slice(at)] };
}

/** Step `from` moved to position `to` (both 0-based); out of range: the lesson as it is. */
export function moveStep(lesson: Lesson, from: number, to: number): Lesson {
  const n = lesson.steps.length;
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return lesson;
  const steps = lesson.steps.slice();
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved!);
  return { ...lesson, steps };
}

/** Step `index` with its caption or question in `language` rewritten. */
export function editStep(
  lesson: Lesson,
  index: number,
  language: Language,
  text: { caption?: string; question?: string },
): Lesson {
  const step = lesson.steps[index];
  if (!step) return lesson;
  let next: LessonStep = step;
  if (text.caption !== undefined) {
    next = { ...next, caption: { ...next.caption, [language]: text.caption } };
  }
  if (text.question !== undefined) {
    next = { ...next, question: { ...next.question, [language]: text.question } };
  }
  return { ...lesson, steps: lesson.steps.map((s, i) => (i === index ? next : s)) };
}

/** Step `index` showing the page as it is now (its caption and question kept). */
export function updateStepPage(lesson: Lesson, index: number, state: AppState): Lesson {
  const link = encodeLink(state);
  return {
    ...lesson,
    steps: lesson.steps.map((s, i) => (i === index ? { ...s, link } : s)),
  };
}

export function removeStep(lesson: Lesson, index: number): Lesson {
  if (index < 0 || index >= lesson.steps.length) return lesson;
  return { ...lesson, steps: lesson.steps.filter((_, i) => i !== index) };
}

/** The page's state for a step, in the page's language (a step does not change it). */
export function stepState(step: LessonStep, language: Language): AppState {
  return { ...decodeLink(step.link, language).state, language };
}
