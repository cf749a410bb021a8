import { useCallback, useEffect, useState } from 'react';
import type { ProbeHandlers } from '../maps/MapCard';
import type { MapKind, Probe } from '../../present/probe';

export interface Probes {
  /** The cell being explained: the pinned one, else the hovered or focused one. */
  readonly active: Probe | null;
  readonly pinned: boolean;
  readonly unpin: () => void;
  readonly handlersFor: (map: MapKind, k: number) => ProbeHandlers;
  readonly onInputProbe: (index: number | null) => void;
}

const same = (a: Probe | null, b: Probe | null) =>
  a === b || (a !== null && b !== null && a.map === b.map && a.k === b.k && a.index === b.index);

/**
 * Hovered, focused and pinned cells. Clicking a cell pins its explanation (a tap does the
 * same on touch screens, which have no hover); clicking it again, pressing Escape, or
 * pressing anywhere outside the maps and the explanation unpins.
 */
export function useProbes(): Probes {
  const [hover, setHover] = useState<Probe | null>(null);
  const [pinned, setPinned] = useState<Probe | null>(null);
  const unpin = useCallback(() => setPinned(null), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPinned(null);
    const onDown = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (!target?.closest('[data-map], .explain, .step-controls')) setPinned(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, []);

  // One handlers object per map, made once: a map card's props stay equal across renders.
  const [cache] = useState(() => new Map<string, ProbeHandlers>());
  const handlersFor = useCallback(
    (map: MapKind, k: number): ProbeHandlers => {
      const key = `${map}-${k}`;
      let handlers = cache.get(key);
      if (!handlers) {
        handlers = {
          onProbe: (index) => {
            const next = index === null ? null : { map, k, index };
            setHover((prev) => (same(prev, next) ? prev : next));
          },
          onPin: (index) => {
            const next = { map, k, index };
            setPinned((prev) => (same(prev, next) ? null : next));
          },
        };
        cache.set(key, handlers);
      }
      return handlers;
    },
    [cache],
  );
  const onInputProbe = useCallback(
    (index: number | null) => handlersFor('input', 0).onProbe(index),
    [handlersFor],
  );
  return { active: pinned ?? hover, pinned: pinned !== null, unpin, handlersFor, onInputProbe };
}
