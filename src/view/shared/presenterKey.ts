/**
 * The direction of a presenter-clicker key (Right, Page Down, Space forward; Left, Page Up
 * back), or null for any other key and where the key belongs to what has the focus: a map (its
 * arrows move between cells), a field, a menu or a dialog, with a modifier held, or Space on a
 * button (it presses the button).
 */
export function presenterKey(e: KeyboardEvent): 'forward' | 'back' | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const target = e.target instanceof Element ? e.target : null;
  if (
    target?.closest(
      '[role="grid"], [data-map], input, textarea, select, [contenteditable], dialog, details[open], [role="slider"]',
    )
  ) {
    return null;
  }
  const forward = e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ';
  const back = e.key === 'ArrowLeft' || e.key === 'PageUp';
  if (!forward && !back) return null;
  if (e.key === ' ' && target?.closest('button, a, summary')) return null;
  return forward ? 'forward' : 'back';
}
