import { useLayoutEffect, type RefObject } from 'react';

/** Wide screens only: on a phone the explanation comes after the maps (styles/responsive.css). */
const WIDE = '(min-width: 901px)';
/** Room left under the panel: the board's bottom padding. */
const BOTTOM_GAP = 12;

/**
 * Reserves the space of the explanation panel: from where it starts down to the bottom of the
 * first screen (never less than its CSS min-height), whatever it explains. Pointing at a cell
 * or stepping then never makes the page taller (a scrollbar appearing would shift the board
 * under the pointer) nor pushes the step controls at its bottom out of view. The height is set
 * as `--explain-height` and follows the window's size and the layout above the panel; it
 * never depends on the panel's content.
 */
export function useReservedHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof window.matchMedia !== 'function') return;
    const wide = window.matchMedia(WIDE);
    const fit = () => {
      if (!wide.matches) {
        el.style.removeProperty('--explain-height');
        return;
      }
      const top = el.getBoundingClientRect().top + window.scrollY;
      const height = Math.floor(window.innerHeight - top - BOTTOM_GAP);
      const value = `${Math.max(0, height)}px`;
      if (el.style.getPropertyValue('--explain-height') !== value) {
        el.style.setProperty('--explain-height', value);
      }
    };
    fit();
    // The layout above the panel (header, notices, the picture's size, presentation mode)
    // changes the page's size; refit a frame later, outside the observer's delivery.
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : null;
    observer?.observe(document.documentElement);
    window.addEventListener('resize', later);
    wide.addEventListener('change', later);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener('resize', later);
      wide.removeEventListener('change', later);
    };
  }, [ref]);
}
