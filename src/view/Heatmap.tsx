import { memo, type CSSProperties, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { Matrix } from '../core';
import { formatValue } from './format';
import type { GrayScale } from './grayScale';

export interface HeatmapProps extends HTMLAttributes<HTMLDivElement> {
  /** Names the map for tests and styling: `input`, `kernel-0`, `conv-1`, ... */
  readonly mapId: string;
  readonly matrix: Matrix;
  readonly scale: GrayScale;
  readonly showValues: boolean;
  /** Extra attributes for cell `i` (row-major index). */
  readonly cellProps?: (i: number) => HTMLAttributes<HTMLDivElement>;
  /** Row-major indices of cells to outline. */
  readonly highlighted?: ReadonlySet<number> | undefined;
  /** Wrap each row in an element with role="row" (for role="grid"). */
  readonly rowRole?: boolean;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * A matrix drawn as a grid of gray cells, one element per cell in row-major order, each
 * carrying its full-precision value in `data-value`. A cell holds text only when values
 * are shown: a text node in each of hundreds of cells costs a frame per repaint.
 */
export const Heatmap = memo(function Heatmap({
  mapId,
  matrix,
  scale,
  showValues,
  cellProps,
  highlighted,
  rowRole,
  className,
  style,
  ...rest
}: HeatmapProps) {
  const { height, width, data } = matrix;
  const cells: ReactNode[] = [];
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    const lit = highlighted?.has(i);
    cells.push(
      <div
        key={i}
        className="cell"
        data-index={i}
        data-value={String(v)}
        data-highlighted={lit ? 'true' : undefined}
        style={{
          backgroundColor: scale.color(v),
          color: showValues ? scale.textColor(v) : undefined,
        }}
        {...cellProps?.(i)}
      >
        {showValues ? formatValue(v) : null}
      </div>,
    );
  }
  const gridStyle = { ...style, '--cols': width, '--rows': height } as CSSProperties;
  return (
    <div
      {...rest}
      className={`heatmap${showValues ? ' with-values' : ''}${className ? ` ${className}` : ''}`}
      data-map={mapId}
      style={gridStyle}
    >
      {rowRole
        ? Array.from({ length: height }, (_, r) => (
            <div key={r} role="row" className="row">
              {cells.slice(r * width, (r + 1) * width)}
            </div>
          ))
        : cells}
    </div>
  );
});
