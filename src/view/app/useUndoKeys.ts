import { useEffect } from 'react';
import type { Store } from '../../state';

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere but in a text field (where
 * the browser's own undo of the typing applies).
 */
export function useUndoKeys(store: Store): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input[type="text"], textarea, [contenteditable]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.dispatch({ type: 'undo' });
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey))
        store.dispatch({ type: 'redo' });
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
