import {
  useCallback,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type RefObject,
} from 'react';

const MOVES: Record<string, readonly [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export interface RovingGrid {
  /** The row-major index of the cell that holds the grid's one tab stop. */
  readonly active: number;
  readonly cellProps: (i: number) => HTMLAttributes<HTMLDivElement>;
  /** Moves the focus for arrow keys, Home and End; the new index, or null for other keys. */
  readonly onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => number | null;
  readonly onFocus: (e: FocusEvent<HTMLDivElement>) => number | null;
}

/** The index of the cell element an event came from, if any. */
export function cellIndex(target: EventTarget | null): number | null {
  const i = target instanceof HTMLElement ? target.dataset.index : undefined;
  return i === undefined ? null : Number(i);
}

/**
 * The row-major index of the cell under a point of a heatmap, from its canvas's box: plain
 * arithmetic, with no hit test, and the same for maps with and without cell elements.
 */
export function indexAt(
  root: Element | null,
  x: number,
  y: number,
  width: number,
  height: number,
): number | null {
  const box = root?.querySelector('.heatmap-canvas')?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return null;
  const col = Math.floor(((x - box.left) / box.width) * width);
  const row = Math.floor(((y - box.top) / box.height) * height);
  if (row < 0 || col < 0 || row >= height || col >= width) return null;
  return row * width + col;
}

/**
 * A grid with one tab stop (WAI-ARIA's roving tabindex): Tab enters the grid at the last
 * focused cell, arrow keys move between cells, Home and End jump to the row's ends.
 */
export function useRovingGrid(
  ref: RefObject<HTMLDivElement | null>,
  width: number,
  height: number,
): RovingGrid {
  const [focus, setFocus] = useState(0);
  const active = Math.min(focus, width * height - 1);
  const cellProps = useCallback(
    (i: number) => ({ role: 'gridcell', tabIndex: i === active ? 0 : -1 }),
    [active],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = Math.floor(active / width);
    const col = active % width;
    let next: number | null = null;
    const move = MOVES[e.key];
    if (move) {
      const r = Math.max(0, Math.min(height - 1, row + move[0]));
      const c = Math.max(0, Math.min(width - 1, col + move[1]));
      next = r * width + c;
    } else if (e.key === 'Home') next = row * width;
    else if (e.key === 'End') next = row * width + width - 1;
    if (next === null) return null;
    e.preventDefault();
    setFocus(next);
    ref.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
    return next;
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const i = cellIndex(e.target);
    if (i !== null) setFocus(i);
    return i;
  };
  return { active, cellProps, onKeyDown, onFocus };
}
