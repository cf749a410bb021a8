import type { Lesson, LessonStep } from './lesson';

/**
 * A lesson being followed: which step is on the page (0-based) and whether its question's
 * maps are revealed. `builtin` names a lesson that ships with the app (its link is short).
 */
export interface LessonSession {
  readonly lesson: Lesson;
  readonly builtin: string | null;
  readonly step: number;
  readonly revealed: boolean;
}

export type LessonAction =
  | {
      readonly type: 'open';
      readonly lesson: Lesson;
      readonly builtin?: string | null;
      readonly step?: number;
    }
  | { readonly type: 'next' }
  | { readonly type: 'prev' }
  | { readonly type: 'goTo'; readonly step: number }
  | { readonly type: 'reveal' }
  | { readonly type: 'close' };

function clampStep(lesson: Lesson, step: number): number {
  const last = Math.max(0, lesson.steps.length - 1);
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), last) : 0;
}

/**
 * The next session after `action`; `null` is no lesson open. Moving to a step hides its
 * question's maps again; moving past either end changes nothing (the same object).
 */
export function lessonReducer(
  session: LessonSession | null,
  action: LessonAction,
): LessonSession | null {
  if (action.type === 'open') {
    if (action.lesson.steps.length === 0) return null;
    return {
      lesson: action.lesson,
      builtin: action.builtin ?? null,
      step: clampStep(action.lesson, action.step ?? 0),
      revealed: false,
    };
  }
  if (session === null) return null;
  const to = (step: number): LessonSession => {
    const next = clampStep(session.lesson, step);
    return next === session.step ? session : { ...session, step: next, revealed: false };
  };
  switch (action.type) {
    case 'next':
      return to(session.step + 1);
    case 'prev':
      return to(session.step - 1);
    case 'goTo':
      return to(action.step);
    case 'reveal':
      return session.revealed ? session : { ...session, revealed: true };
    case 'close':
      return null;
  }
}

/** The step on the page. */
export function currentStep(session: LessonSession): LessonStep {
  return session.lesson.steps[session.step]!;
}

/** The maps hidden now: the current question's, until revealed. */
export function hiddenMaps(session: LessonSession | null): readonly string[] {
  if (session === null || session.revealed) return [];
  const step = currentStep(session);
  return step.question ? (step.hidden ?? []) : [];
}
