import {
  memo,
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { cellIndex, useRovingGrid } from '../shared/useRovingGrid';

/** The cell under a point of a canvas-only grid, from the canvas's box. */
function canvasIndex(root: Element | null, x: number, y: number, width: number, height: number) {
  const box = root?.querySelector('canvas')?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return null;
  const col = Math.floor(((x - box.left) / box.width) * width);
  const row = Math.floor(((y - box.top) / box.height) * height);
  if (row < 0 || col < 0 || row >= height || col >= width) return null;
  return row * width + col;
}

function cssOf(colors: CellColors, v: number): string {
  const l = colors.level(v) * 3;
  return `rgb(${colors.rgb[l]}, ${colors.rgb[l + 1]}, ${colors.rgb[l + 2]})`;
}

/** Grids up to this many cells get one element per cell; larger ones are a canvas only. */
const MAX_CELLS = 256;

/** How the grid colours a value: a level, and the red, green, blue bytes of each level. */
export interface CellColors {
  readonly level: (v: number) => number;
  readonly rgb: Uint8Array;
}

interface ColorGridProps {
  /** Names the grid for tests and styling (`data-decision-grid`). */
  readonly id: string;
  readonly values: ArrayLike<number>;
  readonly height: number;
  readonly width: number;
  readonly colors: CellColors;
  readonly label: string;
  /** The accessible name of cell i with value v. */
  readonly cellLabel: (i: number, v: number) => string;
  /** The cell to outline, if any. */
  readonly lit: number | null;
  readonly onProbe: (i: number | null) => void;
  readonly onPin: (i: number) => void;
  /** Cells from which a new group starts (drawn with a gap before them), e.g. every map. */
  readonly groupEvery?: number;
  readonly className?: string;
}

/**
 * A small grid of coloured cells, explained as the page's maps are: pointing or focusing a
 * cell probes it, a click, a tap, Enter or Space pins it, arrow keys move (one tab stop).
 * Up to 256 cells, each cell is an element (its colour, value, label and outline); larger
 * grids are a canvas, one pixel a cell.
 */
export const ColorGrid = memo(function ColorGrid(props: ColorGridProps) {
  const { id, values, height, width, colors, label, cellLabel, lit, onProbe, onPin } = props;
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const grid = useRovingGrid(root, width, height);
  const withCells = height * width <= MAX_CELLS;

  // Large grids are a canvas, one pixel a cell, scaled up by CSS.
  useLayoutEffect(() => {
    const c = canvas.current;
    const ctx = withCells ? null : c?.getContext('2d');
    if (!c || !ctx) return;
    if (c.width !== width) c.width = width;
    if (c.height !== height) c.height = height;
    const image = ctx.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const l = colors.level(values[i] ?? 0) * 3;
      image.data.set([colors.rgb[l]!, colors.rgb[l + 1]!, colors.rgb[l + 2]!, 255], i * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [values, width, height, colors, withCells]);

  const at = (e: PointerEvent<HTMLDivElement> | MouseEvent<HTMLDivElement>) =>
    cellIndex(e.target) ?? canvasIndex(root.current, e.clientX, e.clientY, width, height);
  // A tap pins on pointerup; the compatibility click that follows is ignored.
  const lastTap = useRef(-Infinity);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moved = grid.onKeyDown(e);
    if (moved !== null) {
      if (!withCells) onProbe(moved);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPin(grid.active);
    }
  };
  const cells: ReactNode[] = [];
  for (let i = 0; withCells && i < width * height; i++) {
    const v = values[i] ?? 0;
    const start = props.groupEvery && i > 0 && i % props.groupEvery === 0;
    cells.push(
      <div
        key={i}
        className="cell"
        data-index={i}
        data-value={String(v)}
        data-group-start={start ? 'true' : undefined}
        data-lit={lit === i ? 'true' : undefined}
        aria-label={cellLabel(i, v)}
        style={{ backgroundColor: cssOf(colors, v) }}
        {...grid.cellProps(i)}
      />,
    );
  }
  return (
    <div
      ref={root}
      className={`color-grid${props.className ? ` ${props.className}` : ''}`}
      data-decision-grid={id}
      data-cells={withCells ? undefined : 'canvas'}
      role="grid"
      aria-readonly="true"
      aria-label={label}
      tabIndex={withCells ? undefined : 0}
      style={{ '--cols': width, '--rows': height } as CSSProperties}
      onPointerMove={(e) => e.pointerType === 'mouse' && onProbe(at(e))}
      onPointerLeave={() => onProbe(null)}
      onPointerUp={(e) => {
        if (e.pointerType === 'mouse') return;
        const i = at(e);
        if (i === null) return;
        lastTap.current = e.timeStamp;
        onPin(i);
      }}
      onClick={(e) => {
        if (e.timeStamp - lastTap.current < 1000) return;
        const i = at(e);
        if (i !== null) onPin(i);
      }}
      onKeyDown={onKeyDown}
      onFocus={(e) => onProbe(grid.onFocus(e) ?? grid.active)}
      onBlur={() => onProbe(null)}
    >
      {withCells ? (
        Array.from({ length: height }, (_, r) => (
          <div key={r} role="row" className="row">
            {cells.slice(r * width, (r + 1) * width)}
          </div>
        ))
      ) : (
        <canvas ref={canvas} className="color-grid-canvas" aria-hidden="true" />
      )}
    </div>
  );
});
