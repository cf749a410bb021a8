import { useEffect } from 'react';
import type { LessonController } from '../../lesson/lessonController';

/**
 * Presenter-clicker keys while a lesson is open: Right, Page Down and Space go to the next
 * step, Left and Page Up to the previous one. Not while the focus is in a map (its arrows
 * move between cells), a field, a menu or a dialog, nor with a modifier held; Space not on a
 * button either (it presses the button).
 */
export function useLessonKeys(controller: LessonController, open: boolean): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (
        target?.closest(
          '[role="grid"], [data-map], input, textarea, select, [contenteditable], dialog, details[open], [role="slider"]',
        )
      ) {
        return;
      }
      const forward = e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ';
      const back = e.key === 'ArrowLeft' || e.key === 'PageUp';
      if (!forward && !back) return;
      if (e.key === ' ' && target?.closest('button, a, summary')) return;
      e.preventDefault();
      controller.dispatch({ type: forward ? 'next' : 'prev' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [controller, open]);
}
