import { useCallback, useEffect, useMemo, useState } from 'react';

/** What the decision panel explains: a class's score, or one flattened feature. */
export type DecisionProbe =
  | { readonly kind: 'class'; readonly c: number }
  /** A feature, from the strip (c null) or from class c's vote maps (its vote can be edited). */
  | { readonly kind: 'feature'; readonly i: number; readonly c: number | null };

export interface ProbeTarget {
  /** Pointed at or focused (the probe), or no longer (null). */
  readonly onProbe: (p: DecisionProbe | null) => void;
  /** Clicked, tapped, Enter or Space: pin it (again: unpin). */
  readonly onPin: (p: DecisionProbe) => void;
}

export interface DecisionProbes extends ProbeTarget {
  readonly active: DecisionProbe | null;
  readonly pinned: boolean;
  readonly unpin: () => void;
}

const same = (a: DecisionProbe | null, b: DecisionProbe | null) =>
  a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Hovered, focused and pinned parts of the decision, as the maps' probes: clicking pins,
 * clicking again, Escape, or pressing outside the panel unpins.
 */
export function useDecisionProbe(): DecisionProbes {
  const [hover, setHover] = useState<DecisionProbe | null>(null);
  const [pinned, setPinned] = useState<DecisionProbe | null>(null);
  const unpin = useCallback(() => setPinned(null), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Escape in a vote's field leaves the field first.
      if (e.target instanceof HTMLInputElement && e.target.closest('[data-decision-panel]')) {
        e.target.blur();
      }
      setPinned(null);
    };
    const onDown = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (!target?.closest('[data-decision-panel]')) setPinned(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, []);
  const onProbe = useCallback(
    (p: DecisionProbe | null) => setHover((prev) => (same(prev, p) ? prev : p)),
    [],
  );
  const onPin = useCallback(
    (p: DecisionProbe) => setPinned((prev) => (same(prev, p) ? null : p)),
    [],
  );
  return useMemo(
    () => ({ active: pinned ?? hover, pinned: pinned !== null, unpin, onProbe, onPin }),
    [pinned, hover, unpin, onProbe, onPin],
  );
}
