import {
  memo,
  useCallback,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { extent, type Stage } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { formatValue } from '../../present/format';
import type { GrayScale } from '../../present/grayScale';
import { Heatmap } from './Heatmap';
import type { LiveMatrix } from './liveMaps';
import { Legend } from './Legend';
import { indexAt, useRovingGrid } from '../shared/useRovingGrid';
import { HiddenMap } from '../lesson/HiddenMap';
import { useHiddenMap } from '../lesson/HiddenMaps';

/** What a map does when a cell is pointed at, focused, or clicked. */
export interface ProbeHandlers {
  /** A cell is hovered or focused (its index), or no longer (null). */
  readonly onProbe: (index: number | null) => void;
  /** A cell is clicked, tapped, or activated with Enter or Space: pin its explanation. */
  readonly onPin: (index: number) => void;
}

interface MapCardProps {
  readonly mapId: string;
  readonly title: string;
  readonly stage: Stage;
  readonly scale: GrayScale;
  readonly showValues: boolean;
  /** Show a legend under the map (each map scaled to its own range). */
  readonly ownLegend: boolean;
  readonly highlighted?: ReadonlySet<number> | undefined;
  readonly handlers?: ProbeHandlers | undefined;
  /** While stepping through this map: how many cells are computed so far. */
  readonly revealed?: number | undefined;
  /** The map's newest numbers, painted without rendering the card while its shape stays. */
  readonly live?: LiveMatrix | undefined;
  readonly children?: ReactNode;
}

/** Explains why a stage has no map, in place of the map. */
function NoOutput({ stage }: { readonly stage: Stage }) {
  const t = useMessages();
  const p = stage.problem;
  let text = t.noOutput;
  if (p?.kind === 'kernelTooLarge') {
    text = t.kernelTooLarge(p.window[0], p.window[1], p.input[0], p.input[1]);
  }
  if (p?.kind === 'windowTooLarge') text = t.windowTooLarge(p.window, p.input[0], p.input[1]);
  return (
    <p className="no-output" role="status">
      {text}
    </p>
  );
}

/**
 * A titled map with its size ("Feature map 1 · 7x7"), drawn as a read-only grid: each cell
 * can be pointed at, focused (one tab stop, arrow keys) and clicked to explain its number.
 */
export const MapCard = memo(function MapCard(props: MapCardProps) {
  const { mapId, title, stage, scale, showValues, ownLegend, highlighted, handlers, revealed } =
    props;
  const { live } = props;
  const t = useMessages();
  const map = stage.map;
  // A lesson's question can keep this map hidden until revealed (issue 13).
  const hiddenLabel = useHiddenMap(mapId);
  const gridRef = useRef<HTMLDivElement>(null);
  const grid = useRovingGrid(gridRef, map?.width ?? 1, map?.height ?? 1);
  const width = map?.width ?? 1;
  const cellLabel = useCallback(
    (i: number, v: number) =>
      t.cellLabel(Math.floor(i / width) + 1, (i % width) + 1, formatValue(v)),
    [t, width],
  );
  // The grid's name gives the map's range, which a live map updates with its numbers.
  const labelOf = useCallback(
    (m: NonNullable<Stage['map']>) => t.mapLabel(title, m.height, m.width, ...rangeOf(m)),
    [t, title],
  );
  const at = (x: number, y: number) =>
    map ? indexAt(gridRef.current, x, y, map.width, map.height) : null;
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse') handlers?.onProbe(at(e.clientX, e.clientY));
  };
  // A tap pins on pointerup, where the finger was: the compatibility click that follows can
  // land elsewhere if the explanation panel above the maps grew meanwhile, so it is ignored.
  const lastTap = useRef(-Infinity);
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse') return;
    const i = at(e.clientX, e.clientY);
    if (i === null) return;
    lastTap.current = e.timeStamp;
    handlers?.onPin(i);
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (e.timeStamp - lastTap.current < 1000) return;
    const i = at(e.clientX, e.clientY);
    if (i !== null) handlers?.onPin(i);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moved = grid.onKeyDown(e);
    if (moved !== null) {
      // Maps drawn without cell elements move a cursor, not the focus: explain it here.
      if (!gridRef.current?.querySelector('[data-index]')) handlers?.onProbe(moved);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      handlers?.onPin(grid.active);
    }
  };
  return (
    <figure className="map-card" data-card={mapId}>
      <figcaption>
        {title}
        {map && <span className="size"> · {`${map.height}x${map.width}`}</span>}
      </figcaption>
      {map && hiddenLabel !== null ? (
        <HiddenMap mapId={mapId} height={map.height} width={map.width} label={hiddenLabel} />
      ) : map ? (
        <Heatmap
          ref={gridRef}
          mapId={mapId}
          matrix={map}
          scale={scale}
          showValues={showValues}
          highlighted={highlighted}
          revealed={revealed}
          role="grid"
          aria-readonly="true"
          rowRole
          labelOf={labelOf}
          live={live}
          cellProps={grid.cellProps}
          cellLabel={cellLabel}
          onPointerMove={onPointerMove}
          onPointerLeave={() => handlers?.onProbe(null)}
          onClick={onClick}
          onPointerUp={onPointerUp}
          onKeyDown={onKeyDown}
          onFocus={(e) => handlers?.onProbe(grid.onFocus(e) ?? grid.active)}
          cursor={grid.active}
          onBlur={() => handlers?.onProbe(null)}
        />
      ) : (
        <NoOutput stage={stage} />
      )}
      {map && ownLegend && hiddenLabel === null && <Legend scale={scale} label={title} />}
      {props.children}
    </figure>
  );
});

function rangeOf(map: NonNullable<Stage['map']>): [string, string] {
  const [lo, hi] = extent(map);
  return [formatValue(lo), formatValue(hi)];
}
