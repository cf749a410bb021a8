import type { ReactNode } from 'react';
import { extent, type Stage } from '../core';
import { useMessages } from '../i18n/I18nContext';
import { formatValue } from './format';
import { Heatmap, type HeatmapProps } from './Heatmap';
import { Legend } from './Legend';

interface MapCardProps extends Omit<HeatmapProps, 'matrix'> {
  readonly title: string;
  readonly stage: Stage;
  /** Show a legend under the map (each map scaled to its own range). */
  readonly ownLegend: boolean;
  readonly children?: ReactNode;
}

/** Explains why a stage has no map, in place of the map. */
function NoOutput({ stage }: { readonly stage: Stage }) {
  const t = useMessages();
  const p = stage.problem;
  let text = t.noOutput;
  if (p?.kind === 'kernelTooLarge')
    text = t.kernelTooLarge(p.window[0], p.window[1], p.input[0], p.input[1]);
  if (p?.kind === 'windowTooLarge') text = t.windowTooLarge(p.window, p.input[0], p.input[1]);
  return (
    <p className="no-output" role="status">
      {text}
    </p>
  );
}

/** A titled map with its size, e.g. "Feature map 1 · 7x7". */
export function MapCard({ title, stage, ownLegend, children, ...heatmap }: MapCardProps) {
  const t = useMessages();
  const map = stage.map;
  const { scale } = heatmap;
  return (
    <figure className="map-card" data-card={heatmap.mapId}>
      <figcaption>
        {title}
        {map && <span className="size"> · {`${map.height}x${map.width}`}</span>}
      </figcaption>
      {map ? (
        <Heatmap
          role="img"
          aria-label={t.mapLabel(
            title,
            map.height,
            map.width,
            formatValue(extent(map)[0]),
            formatValue(extent(map)[1]),
          )}
          {...heatmap}
          matrix={map}
        />
      ) : (
        <NoOutput stage={stage} />
      )}
      {map && ownLegend && <Legend scale={scale} label={title} />}
      {children}
    </figure>
  );
}
