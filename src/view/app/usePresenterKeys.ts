import { useEffect } from 'react';
import { presenterKey } from '../shared/presenterKey';

/** Full screen on or off, where the browser allows it (a refusal changes nothing). */
export function toggleFullScreen(): void {
  const page = document.documentElement;
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
  else void page.requestFullscreen?.().catch(() => {});
}

/**
 * In presentation mode without a lesson open, a presenter's clicker steps through the
 * convolution: Right, Page Down and Space press "step forward", Left and Page Up "step back"
 * (the lesson's own keys take over while a lesson is open). F toggles full screen.
 */
export function usePresenterKeys(presenting: boolean): void {
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey && !e.altKey) {
        const target = e.target instanceof Element ? e.target : null;
        if (target?.closest('input, textarea, select, [contenteditable]')) return;
        e.preventDefault();
        toggleFullScreen();
        return;
      }
      // A lesson open on the page (its caption is shown) moves with its own keys.
      if (document.querySelector('[data-lesson-step]')) return;
      const direction = presenterKey(e);
      if (direction === null) return;
      const button = document.querySelector<HTMLButtonElement>(`[data-step="${direction}"]`);
      if (!button || button.disabled) return;
      e.preventDefault();
      button.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting]);
}
