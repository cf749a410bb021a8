import {
  useCallback,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { Matrix } from '../core';
import { useMessages } from '../i18n/I18nContext';
import { lineCells, type Action, type Cell } from '../state';
import { formatWeight } from './format';
import type { GrayScale } from './grayScale';
import { Heatmap } from './Heatmap';

interface InputGridProps {
  readonly input: Matrix;
  readonly scale: GrayScale;
  readonly showValues: boolean;
  readonly dispatch: (action: Action) => void;
  readonly highlighted?: ReadonlySet<number> | undefined;
}

interface Stroke {
  readonly id: number;
  readonly value: number;
  last: Cell;
}

const KEY_MOVES: Record<string, readonly [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function cellAt(x: number, y: number): number | null {
  const el = document.elementFromPoint(x, y)?.closest('[data-map="input"] [data-index]');
  return el instanceof HTMLElement ? Number(el.dataset.index) : null;
}

/**
 * The editable input picture. Pressing a pixel flips it; dragging paints the value that first
 * flip produced (so a stroke either draws or erases). Mouse, pen and touch share one code
 * path through pointer events, and `touch-action: none` keeps a finger from scrolling the page.
 * From the keyboard, arrows move a roving focus and Space or Enter flips the focused pixel.
 */
export function InputGrid({ input, scale, showValues, dispatch, highlighted }: InputGridProps) {
  const t = useMessages();
  const [focus, setFocus] = useState(0);
  const stroke = useRef<Stroke | null>(null);
  const strokes = useRef(0);
  const grid = useRef<HTMLDivElement>(null);
  const { width, height } = input;
  const toCell = (i: number): Cell => ({ row: Math.floor(i / width), col: i % width });
  const active = Math.min(focus, width * height - 1);

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (e.button !== 0) return;
    const i = cellAt(e.clientX, e.clientY);
    if (i === null) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const cell = toCell(i);
    const value = input.data[i]! > 0 ? -1 : 1;
    stroke.current = { id: ++strokes.current, value, last: cell };
    dispatch({ type: 'paint', cells: [cell], value, stroke: stroke.current.id });
  }

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    const s = stroke.current;
    if (!s) return;
    const i = cellAt(e.clientX, e.clientY);
    if (i === null) return;
    const cell = toCell(i);
    if (cell.row === s.last.row && cell.col === s.last.col) return;
    dispatch({ type: 'paint', cells: lineCells(s.last, cell), value: s.value, stroke: s.id });
    s.last = cell;
  }

  function endStroke() {
    stroke.current = null;
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const move = KEY_MOVES[e.key];
    const { row, col } = toCell(active);
    if (move) {
      e.preventDefault();
      const r = Math.max(0, Math.min(height - 1, row + move[0]));
      const c = Math.max(0, Math.min(width - 1, col + move[1]));
      setFocus(r * width + c);
      grid.current?.querySelector<HTMLElement>(`[data-index="${r * width + c}"]`)?.focus();
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      dispatch({ type: 'flip', cell: { row, col } });
    }
  }

  function onFocus(e: FocusEvent<HTMLDivElement>) {
    const i = (e.target as HTMLElement).dataset.index;
    if (i !== undefined) setFocus(Number(i));
  }

  // Stable while the focus stays, so the heatmap keeps its cell elements across repaints.
  const cellProps = useCallback(
    (i: number) => ({ role: 'gridcell', tabIndex: i === active ? 0 : -1 }),
    [active],
  );
  const cellLabel = useCallback(
    (i: number, v: number) =>
      t.pixelLabel(Math.floor(i / width) + 1, (i % width) + 1, formatWeight(v)),
    [t, width],
  );

  return (
    <Heatmap
      ref={grid}
      mapId="input"
      className="input-grid"
      matrix={input}
      scale={scale}
      showValues={showValues}
      highlighted={highlighted}
      role="grid"
      rowRole
      aria-label={t.inputGridLabel(height, width)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endStroke}
      onPointerCancel={endStroke}
      onLostPointerCapture={endStroke}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      cellProps={cellProps}
      cellLabel={cellLabel}
    />
  );
}
