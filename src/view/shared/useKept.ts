import { useState } from 'react';

/**
 * `value`, or the value of an earlier render while `same` says they are alike: a child's
 * memo then holds across renders that remade an equal value (the same outlines, maps of the
 * same shapes). A value unlike the kept one is stored as React's docs store information from
 * earlier renders: the component's body runs again before its children render.
 */
export function useKept<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || same(kept, value)) return kept;
  setKept(value);
  return value;
}
