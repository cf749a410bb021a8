import {
  memo,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import type { Matrix } from '../../core';
import { formatValue } from '../../present/format';
import type { GrayScale } from '../../present/grayScale';
import { sameCells } from '../../present/sameHighlights';
import type { LiveMatrix } from './liveMaps';
import { paintCanvas, paintColors } from './paintCanvas';

/**
 * Maps up to 16x16 get one element per cell (for data-value, focus, labels and outlines);
 * larger ones are a canvas only, which keeps a 64x64 picture with 8 kernels within a frame.
 */
export const MAX_CELL_ELEMENTS = 256;

export interface HeatmapProps extends HTMLAttributes<HTMLDivElement> {
  /** Names the map for tests and styling: `input`, `kernel-0`, `conv-1`, ... */
  readonly mapId: string;
  readonly matrix: Matrix;
  readonly scale: GrayScale;
  readonly showValues: boolean;
  /** Static attributes for cell `i` (row-major index): roles, tab stops. */
  readonly cellProps?: ((i: number) => HTMLAttributes<HTMLDivElement>) | undefined;
  /** An accessible name for cell `i` with value `v`, kept up to date as values change. */
  readonly cellLabel?: ((i: number, v: number) => string) | undefined;
  /** Row-major indices of cells to outline. */
  readonly highlighted?: ReadonlySet<number> | undefined;
  /** Wrap each row in an element with role="row" (for role="grid"). */
  readonly rowRole?: boolean;
  /** While stepping through: only cells before this index are drawn; the rest are pending. */
  readonly revealed?: number | undefined;
  /** The keyboard's cell on a map drawn without cell elements, marked while focused. */
  readonly cursor?: number | undefined;
  /**
   * A colour picture's red, green and blue channels (the first is `matrix`): the canvas shows
   * their colours instead of the scale's.
   */
  readonly colors?: readonly [Matrix, Matrix, Matrix] | undefined;
  /**
   * Newer numbers of the same shape than `matrix`, repainted as the store changes without a
   * render (a pixel click then re-renders no map card); `matrix` still gives the shape.
   */
  readonly live?: LiveMatrix | undefined;
  /** The map's accessible name for its numbers (its range), kept up to date with them. */
  readonly labelOf?: ((m: Matrix) => string) | undefined;
  readonly ref?: Ref<HTMLDivElement>;
}

/** What the cell elements currently show, so that an update touches only what changed. */
interface Shown {
  values: Float64Array | null;
  scale: GrayScale | null;
  showValues: boolean;
  highlighted: ReadonlySet<number> | undefined;
  cellLabel: HeatmapProps['cellLabel'];
  revealed: number | undefined;
  colors: HeatmapProps['colors'];
  labelOf: HeatmapProps['labelOf'];
  /** The cell elements React rendered: new ones start blank and need everything written. */
  cells: ReactNode[] | null;
}

/** Whether a map's values are unchanged: the same array, or equal cell by cell. */
function sameValues(a: Float64Array | null, b: Float64Array) {
  if (a === b) return true;
  if (a === null || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A matrix drawn as gray cells. The grays are a canvas with one pixel per cell, scaled up by
 * CSS; over it lies one transparent element per cell, in row-major order, carrying the
 * cell's full-precision value in `data-value`, its accessible name, its outline when
 * highlighted and, only while values are shown, its rounded value as text.
 *
 * React renders the cell elements once per shape. A layout effect repaints the canvas and
 * writes attributes into the cells whose value changed: a click then costs one
 * putImageData per map and a few attribute writes, not a reconciliation and a repaint of
 * hundreds of styled elements. With `live`, the same update runs from the store's
 * change, so a map whose shape stays is repainted without rendering it or its card.
 */
export const Heatmap = memo(function Heatmap({
  mapId,
  matrix,
  scale,
  showValues,
  cellProps,
  cellLabel,
  highlighted,
  rowRole,
  revealed,
  cursor,
  colors,
  live,
  labelOf,
  className,
  style,
  ref,
  ...rest
}: HeatmapProps) {
  const { height, width } = matrix;
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const withCells = height * width <= MAX_CELL_ELEMENTS;
  const shown = useRef<Shown>({
    values: null,
    scale: null,
    showValues,
    highlighted: undefined,
    cellLabel,
    revealed: undefined,
    colors: undefined,
    labelOf: undefined,
    cells: null,
  });
  useImperativeHandle(ref, () => root.current!, []);

  // The same elements while the shape and cell attributes stay: React then skips the cells.
  const cells = useMemo((): ReactNode[] => {
    if (!withCells) return [];
    const list: ReactNode[] = [];
    for (let i = 0; i < height * width; i++) {
      list.push(<div key={i} className="cell" data-index={i} {...cellProps?.(i)} />);
    }
    if (!rowRole) return list;
    return Array.from({ length: height }, (_, r) => (
      <div key={r} role="row" className="row">
        {list.slice(r * width, (r + 1) * width)}
      </div>
    ));
  }, [height, width, cellProps, rowRole, withCells]);

  /** Writes `m`'s numbers (same shape as the rendered cells) and the current props. */
  const update = (m: Matrix) => {
    const { data } = m;
    const elements = root.current?.querySelectorAll<HTMLElement>('[data-index]');
    const last = shown.current;
    const all =
      last.values === null ||
      last.values.length !== data.length ||
      last.scale !== scale ||
      last.showValues !== showValues ||
      last.cellLabel !== cellLabel ||
      last.revealed !== revealed ||
      last.colors !== colors ||
      last.cells !== cells;
    // A map without cell elements has no cells to diff: its canvas repaints if any value changed.
    let changed = all || (!withCells && !sameValues(last.values, data));
    for (let i = 0; withCells && i < data.length; i++) {
      const v = data[i]!;
      if (!all && last.values![i] === v) continue;
      changed = true;
      const el = elements?.[i];
      if (!el) continue;
      el.dataset.value = String(v);
      // Text only while values are shown (and, while stepping through, computed); clearing an
      // empty cell would still dirty layout.
      if (showValues && !(revealed !== undefined && i >= revealed)) {
        el.textContent = formatValue(v);
        el.style.color = scale.textColor(v);
      } else if (last.showValues || showValues) {
        el.textContent = '';
        el.style.color = '';
      }
      if (cellLabel) el.setAttribute('aria-label', cellLabel(i, v));
      else if (last.cellLabel) el.removeAttribute('aria-label');
    }
    // Without cell elements, highlights are tinted into the canvas's own pixels.
    const tint = withCells ? undefined : highlighted;
    // Highlights are recomputed on every edit; the same cells again change nothing.
    const lit = !sameCells(highlighted, last.highlighted);
    const tintChanged = !withCells && lit;
    if ((changed || tintChanged || revealed !== last.revealed) && canvas.current) {
      if (colors) paintColors(canvas.current, colors, revealed, tint);
      else paintCanvas(canvas.current, m, scale, revealed, tint);
    }
    if (elements && (all || lit)) {
      last.highlighted?.forEach((i) => elements[i]?.removeAttribute('data-highlighted'));
      highlighted?.forEach((i) => elements[i]?.setAttribute('data-highlighted', 'true'));
    }
    // Cells compare against a copy (the values they show); a canvas against the matrix itself.
    if (!withCells) last.values = data;
    else if (changed) last.values = data.slice();
    // The map's name follows its range: written when its numbers or its wording change.
    if (labelOf && root.current && (changed || labelOf !== last.labelOf)) {
      const label = labelOf(m);
      if (root.current.getAttribute('aria-label') !== label) {
        root.current.setAttribute('aria-label', label);
      }
    }
    shown.current = {
      values: last.values,
      scale,
      showValues,
      highlighted,
      cellLabel,
      revealed,
      colors,
      labelOf,
      cells,
    };
  };
  // The live numbers while they have the rendered shape (a new shape waits for its render).
  const fits = (m: Matrix | null | undefined): m is Matrix =>
    m != null && m.height === height && m.width === width;
  // This render's update, run again by the store's changes until the next render.
  const latest = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    const now = live?.get();
    update(fits(now) ? now : matrix);
    latest.current = () => {
      const next = live?.get();
      if (fits(next)) update(next);
    };
  });
  useEffect(() => live?.subscribe(() => latest.current()), [live]);

  const gridStyle = { ...style, '--cols': width, '--rows': height } as CSSProperties;
  return (
    <div
      {...rest}
      ref={root}
      className={`heatmap${showValues ? ' with-values' : ''}${className ? ` ${className}` : ''}`}
      data-map={mapId}
      data-cells={withCells ? undefined : 'canvas'}
      tabIndex={withCells ? undefined : 0}
      style={gridStyle}
    >
      <canvas ref={canvas} className="heatmap-canvas" aria-hidden="true" />
      {withCells
        ? cells
        : cursor !== undefined && (
            <div
              className="heatmap-cursor"
              style={
                {
                  '--cur-r': Math.floor(cursor / width),
                  '--cur-c': cursor % width,
                } as CSSProperties
              }
            />
          )}
    </div>
  );
});
