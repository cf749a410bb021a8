import { useEffect } from 'react';
import type { LessonController } from '../../lesson/lessonController';
import { presenterKey } from '../shared/presenterKey';

/**
 * Presenter-clicker keys while a lesson is open: Right, Page Down and Space go to the next
 * step, Left and Page Up to the previous one (see presenterKey for where they do not).
 */
export function useLessonKeys(controller: LessonController, open: boolean): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      const direction = presenterKey(e);
      if (direction === null) return;
      e.preventDefault();
      controller.dispatch({ type: direction === 'forward' ? 'next' : 'prev' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [controller, open]);
}
