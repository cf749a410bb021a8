import { encodeLink, type Store } from '../state';
import type { Lesson } from './lesson';
import { stepState } from './lessonEdits';
import type { LessonFileError } from './lessonFile';
import { encodeLessonParam, readLessonLink, withLessonParams } from './lessonLink';
import { currentStep, lessonReducer, type LessonAction, type LessonSession } from './lessonSession';
import type { HidePart } from './hideParts';

/** What the lesson bar shows: the lesson followed, the parts hidden, a link that failed. */
export interface LessonView {
  readonly session: LessonSession | null;
  readonly hide: readonly HidePart[];
  readonly error: LessonFileError | null;
}

export interface LessonEnv {
  readonly readHash: () => string;
  readonly writeHash: (hash: string) => void;
}

export interface LessonController {
  getView(): LessonView;
  subscribe(listener: () => void): () => void;
  dispatch(action: LessonAction): void;
  /** Reads the lesson, step and hidden parts of the URL (at startup, and when a link opens). */
  openLink(): void;
  dismissError(): void;
}

/**
 * Follows a lesson on the page: each move to another step loads that step's page into the
 * app's store (one undo step; nothing when the page already shows it) and writes the lesson,
 * step and hidden parts after the page's own link, so a reload or a copied link opens here.
 */
export function createLessonController(store: Store, env: LessonEnv): LessonController {
  let view: LessonView = { session: null, hide: [], error: null };
  const listeners = new Set<() => void>();
  const set = (next: LessonView) => {
    if (next === view) return;
    view = next;
    for (const listener of listeners) listener();
  };
  const param = (session: LessonSession) => session.builtin ?? encodeLessonParam(session.lesson);
  const writeLink = (next: LessonView) => {
    const { session, hide } = next;
    const lesson = session ? { param: param(session), step: session.step } : null;
    env.writeHash(withLessonParams(encodeLink(store.getState()), lesson, hide));
  };
  const showStep = (session: LessonSession) => {
    const state = stepState(currentStep(session), store.getState().language);
    if (encodeLink(state) !== encodeLink(store.getState())) store.dispatch({ type: 'load', state });
  };
  return {
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      const before = view.session;
      const session = lessonReducer(before, action);
      if (session === before) return;
      const next = { ...view, session, error: null };
      if (session && (before === null || session.step !== before.step || action.type === 'open')) {
        showStep(session);
      }
      writeLink(next);
      set(next);
    },
    openLink() {
      const link = readLessonLink(env.readHash());
      const hide = link.hide;
      if (link.lesson === null) {
        set({ session: view.session, hide, error: null });
        return;
      }
      if (!link.lesson.ok) {
        set({ session: null, hide, error: link.lesson.error });
        return;
      }
      const { lesson, builtin } = link.lesson;
      const session = lessonReducer(null, { type: 'open', lesson, builtin, step: link.step });
      if (session) showStep(session);
      const next = { session, hide, error: null };
      writeLink(next);
      set(next);
    },
    dismissError() {
      set({ ...view, error: null });
    },
  };
}

/** Opens `lesson` (a teacher's, or a built-in one by its id) at its first step. */
export function openLesson(
  controller: LessonController,
  lesson: Lesson,
  builtin: string | null = null,
): void {
  controller.dispatch({ type: 'open', lesson, builtin });
}
