import { useLayoutEffect, useMemo } from 'react';
import { LESSON_MESSAGES } from '../../i18n/lesson';
import type { LessonController } from '../../lesson/lessonController';
import { currentStep, hiddenMaps } from '../../lesson/lessonSession';
import type { Language } from '../../state';
import { setHiddenMaps } from './HiddenMaps';
import { useLessonView } from './useLesson';

/**
 * What a lesson changes on the page's root: `data-hide` (the parts a link hides, for CSS),
 * `data-lesson-focus` (the parts the step outlines); it tells the maps which ones the step's
 * question hides.
 */
export function useLessonRoot(
  controller: LessonController,
  language: Language,
): {
  readonly attributes: Record<'data-hide' | 'data-lesson-focus', string | undefined>;
} {
  const { session, hide } = useLessonView(controller);
  const label = LESSON_MESSAGES[language].hiddenMap;
  const ids = hiddenMaps(session);
  const key = ids.join(' ');
  const hidden = useMemo(() => ({ ids: new Set(key ? key.split(' ') : []), label }), [key, label]);
  // Before the browser paints: a hidden map is never drawn with its numbers.
  useLayoutEffect(() => setHiddenMaps(hidden), [hidden]);
  const focus = session ? (currentStep(session).highlight ?? []).join(' ') : '';
  return {
    attributes: {
      'data-hide': hide.length > 0 ? hide.join(' ') : undefined,
      'data-lesson-focus': focus || undefined,
    },
  };
}
