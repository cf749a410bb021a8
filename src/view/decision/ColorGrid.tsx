import {
  memo,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type Ref,
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

/** Opaque RGBA pixels as 32-bit words in this machine's byte order, one per colour level. */
const wordCache = new WeakMap<Uint8Array, Uint32Array>();
function wordsOf(rgb: Uint8Array): Uint32Array {
  let words = wordCache.get(rgb);
  if (!words) {
    const levels = Math.floor(rgb.length / 3);
    const bytes = new Uint8Array(levels * 4).fill(255);
    for (let l = 0; l < levels; l++) bytes.set(rgb.subarray(l * 3, l * 3 + 3), l * 4);
    words = new Uint32Array(bytes.buffer);
    wordCache.set(rgb, words);
  }
  return words;
}

/** Grids up to this many cells get one element per cell; larger ones are a canvas only. */
const MAX_CELLS = 256;

/** How the grid colours a value: a level, and the red, green, blue bytes of each level. */
export interface CellColors {
  readonly level: (v: number) => number;
  readonly rgb: Uint8Array;
}

/** Paints values into a grid without rendering it (the decision's strip, on every pixel). */
export interface ColorGridHandle {
  readonly paint: (values: ArrayLike<number>, colors: CellColors) => void;
}

interface ColorGridProps {
  /** Names the grid for tests and styling (`data-decision-grid`). */
  readonly id: string;
  /** The values to draw; without them the grid is painted through its handle (`ref`). */
  readonly values?: ArrayLike<number>;
  readonly height: number;
  readonly width: number;
  /** How `values` are coloured (the handle's paint brings its own). */
  readonly colors?: CellColors;
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
  readonly ref?: Ref<ColorGridHandle>;
}

/** What the grid shows, so that a repaint writes only the cells whose value changed. */
interface Shown {
  values: Float64Array | null;
  /** The array last drawn (the canvas repaints for another one). */
  drawn: ArrayLike<number> | null;
  colors: CellColors | null;
  cellLabel: ColorGridProps['cellLabel'] | null;
  cells: ReactNode[] | null;
  /** The outlined cell, and the cell elements it was written into. */
  lit: number | null;
  litCells: ReactNode[] | null;
}

/**
 * A small grid of coloured cells, explained as the page's maps are: pointing or focusing a
 * cell probes it, a click, a tap, Enter or Space pins it, arrow keys move (one tab stop).
 * Up to 256 cells, each cell is an element (its colour, value, label and outline); larger
 * grids are a canvas, one pixel a cell.
 *
 * As the page's heatmaps: React renders the cell elements once per shape, and a layout effect
 * (or the handle's `paint`) writes the colour, value and label of the cells whose value
 * changed.
 */
export const ColorGrid = memo(function ColorGrid(props: ColorGridProps) {
  const { id, values, height, width, colors, label, cellLabel, lit, onProbe, onPin, ref } = props;
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const grid = useRovingGrid(root, width, height);
  const withCells = height * width <= MAX_CELLS;
  const { cellProps } = grid;
  const groupEvery = props.groupEvery;

  // The same elements while the shape and the tab stop stay: React then skips the cells.
  const cells = useMemo((): ReactNode[] => {
    if (!withCells) return [];
    return Array.from({ length: height }, (_, r) => (
      <div key={r} role="row" className="row">
        {Array.from({ length: width }, (_, c) => {
          const i = r * width + c;
          const start = groupEvery && i > 0 && i % groupEvery === 0;
          return (
            <div
              key={i}
              className="cell"
              data-index={i}
              data-group-start={start ? 'true' : undefined}
              {...cellProps(i)}
            />
          );
        })}
      </div>
    ));
  }, [height, width, groupEvery, cellProps, withCells]);

  const shown = useRef<Shown>({
    values: null,
    drawn: null,
    colors: null,
    cellLabel: null,
    cells: null,
    lit: null,
    litCells: null,
  });
  // Writes values into the cells (or the canvas), only what differs from what is shown; set
  // after each commit, so it always writes into the elements on the page.
  const paint = useRef<ColorGridHandle['paint']>(() => undefined);
  useLayoutEffect(() => {
    paint.current = (next, by) => {
      const last = shown.current;
      const n = Math.min(next.length, width * height);
      const all =
        last.values === null ||
        last.values.length !== n ||
        last.colors !== by ||
        last.cellLabel !== cellLabel ||
        last.cells !== cells;
      if (withCells) {
        const elements = root.current?.querySelectorAll<HTMLElement>('[data-index]');
        for (let i = 0; i < n; i++) {
          const v = next[i] ?? 0;
          if (!all && last.values![i] === v) continue;
          const el = elements?.[i];
          if (!el) continue;
          el.dataset.value = String(v);
          el.setAttribute('aria-label', cellLabel(i, v));
          el.style.backgroundColor = cssOf(by, v);
        }
      } else {
        const c = canvas.current;
        const ctx = c?.getContext('2d');
        // The canvas compares the values' array itself: a new reading is a new array.
        if (c && ctx && (all || last.drawn !== next)) {
          if (c.width !== width) c.width = width;
          if (c.height !== height) c.height = height;
          const image = ctx.createImageData(width, height);
          const px = new Uint32Array(image.data.buffer, image.data.byteOffset, width * height);
          const words = wordsOf(by.rgb);
          const level = by.level;
          for (let i = 0; i < n; i++) px[i] = words[level(next[i] ?? 0)]!;
          ctx.putImageData(image, 0, 0);
        }
      }
      // Cells compare against a copy of the values they show.
      if (last.values === null || last.values.length !== n) last.values = new Float64Array(n);
      if (withCells) for (let i = 0; i < n; i++) last.values[i] = next[i] ?? 0;
      last.drawn = next;
      last.colors = by;
      last.cellLabel = cellLabel;
      last.cells = cells;
    };
  });
  useImperativeHandle(ref, () => ({ paint: (v, c) => paint.current(v, c) }), []);

  useLayoutEffect(() => {
    const last = shown.current;
    if (values && colors) paint.current(values, colors);
    else if (last.drawn && last.colors && (last.cells !== cells || last.cellLabel !== cellLabel)) {
      // New cell elements or labels: write again what is shown.
      paint.current(last.drawn, last.colors);
    }
    if (withCells && (last.lit !== lit || last.litCells !== cells)) {
      const elements = root.current?.querySelectorAll<HTMLElement>('[data-index]');
      if (last.lit !== null) elements?.[last.lit]?.removeAttribute('data-lit');
      if (lit !== null) elements?.[lit]?.setAttribute('data-lit', 'true');
    }
    last.lit = lit;
    last.litCells = cells;
  });

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
      {withCells ? cells : <canvas ref={canvas} className="color-grid-canvas" aria-hidden="true" />}
    </div>
  );
});
