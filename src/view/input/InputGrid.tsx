import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Matrix } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { lineCells, type Action, type Cell } from '../../state';
import { formatWeight } from '../../present/format';
import type { GrayScale } from '../../present/grayScale';
import { Heatmap } from '../maps/Heatmap';
import { indexAt, useRovingGrid } from '../shared/useRovingGrid';

interface InputGridProps {
  readonly input: Matrix;
  readonly scale: GrayScale;
  readonly showValues: boolean;
  readonly dispatch: (action: Action) => void;
  readonly highlighted?: ReadonlySet<number> | undefined;
  /** Called with the pixel pointed at or focused (null when none), to explain it. */
  readonly onProbe?: (index: number | null) => void;
  /** A colour picture's channels (red is `input`): drawn in its colours. */
  readonly colors?: readonly [Matrix, Matrix, Matrix] | undefined;
}

interface Stroke {
  readonly id: number;
  readonly value: number;
  last: Cell;
}

/**
 * The editable input picture. Pressing a pixel flips it; dragging paints the value that first
 * flip produced (so a stroke either draws or erases). Mouse, pen and touch share one code
 * path through pointer events, and `touch-action: none` keeps a finger from scrolling the page.
 * From the keyboard, arrows move a roving focus and Space or Enter flips the focused pixel.
 */
export function InputGrid({
  input,
  scale,
  showValues,
  dispatch,
  highlighted,
  onProbe,
  colors,
}: InputGridProps) {
  const t = useMessages();
  const stroke = useRef<Stroke | null>(null);
  const strokes = useRef(0);
  const { width, height } = input;
  const gridRef = useRef<HTMLDivElement>(null);
  const grid = useRovingGrid(gridRef, width, height);
  const toCell = (i: number): Cell => ({ row: Math.floor(i / width), col: i % width });
  const cellAt = (x: number, y: number) => indexAt(gridRef.current, x, y, width, height);

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (e.button !== 0) return;
    const i = cellAt(e.clientX, e.clientY);
    if (i === null) return;
    e.preventDefault();
    const cell = toCell(i);
    const value = input.data[i]! > 0 ? -1 : 1;
    stroke.current = { id: ++strokes.current, value, last: cell };
    dispatch({ type: 'paint', cells: [cell], value, stroke: stroke.current.id });
  }

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    const i = cellAt(e.clientX, e.clientY);
    const s = stroke.current;
    if (!s) {
      if (e.pointerType === 'mouse') onProbe?.(i);
      return;
    }
    if (e.buttons === 0) {
      // Released where the grid could not hear it (outside, before any drag captured it).
      endStroke();
      return;
    }
    // Captured once the stroke drags, not on the press: a capture makes the browser send
    // boundary events and run the page's handlers again in the press's frame, which a plain
    // click does not need. From here on, moves and the release outside the grid still reach it.
    if (!e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.setPointerCapture(e.pointerId);
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
    const moved = grid.onKeyDown(e);
    if (moved !== null) {
      // A picture drawn without cell elements moves a cursor, not the focus: explain it here.
      if (!gridRef.current?.querySelector('[data-index]')) onProbe?.(moved);
      return;
    }
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      dispatch({ type: 'flip', cell: toCell(grid.active) });
    }
  }

  const cellLabel = useCallback(
    (i: number, v: number) => {
      const [row, col] = [Math.floor(i / width) + 1, (i % width) + 1];
      if (!colors) return t.pixelLabel(row, col, formatWeight(v));
      const [r, g, b] = colors.map((m) => formatWeight(m.data[i]!));
      return t.pixelLabel(row, col, t.color.pixelChannels(r!, g!, b!));
    },
    [t, width, colors],
  );

  return (
    <Heatmap
      ref={gridRef}
      mapId="input"
      className="input-grid"
      matrix={input}
      colors={colors}
      scale={scale}
      showValues={showValues}
      highlighted={highlighted}
      role="grid"
      rowRole
      aria-label={t.inputGridLabel(height, width)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerLeave={() => onProbe?.(null)}
      onPointerUp={endStroke}
      onPointerCancel={endStroke}
      onLostPointerCapture={(e) => {
        // A pixel's own (a finger's implicit) capture ends when the stroke moves it to the grid.
        if (e.target === e.currentTarget) endStroke();
      }}
      onKeyDown={onKeyDown}
      onFocus={(e) => onProbe?.(grid.onFocus(e) ?? grid.active)}
      cursor={grid.active}
      onBlur={() => onProbe?.(null)}
      cellProps={grid.cellProps}
      cellLabel={cellLabel}
    />
  );
}
