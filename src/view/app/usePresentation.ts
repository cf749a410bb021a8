import { useEffect, useState } from 'react';

/**
 * Presentation mode for a projector: on while the returned flag is true. Escape leaves it
 * (after a pinned explanation, which Escape unpins first, has been let go).
 */
export function usePresentation(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('[data-action="unpin"]')) return;
      setOn(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on]);
  useEffect(() => {
    if (on) document.querySelector<HTMLElement>('[data-action="exit-presentation"]')?.focus();
    // Every size is in rem: the root's size scales the whole page (styles/classroom.css).
    document.documentElement.classList.toggle('presenting', on);
    return () => document.documentElement.classList.remove('presenting');
  }, [on]);
  return [on, setOn];
}
