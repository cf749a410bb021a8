import { memo, useMemo } from 'react';
import type { Matrix } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import type { GrayScale } from '../../present/grayScale';
import type { HistoryAction } from '../../state';
import { MapCard, type ProbeHandlers } from './MapCard';

const SLICES = [
  ['green', 1],
  ['blue', 2],
] as const;

/**
 * A colour picture's kernel beyond its red slice (the kernel's own card, `kernel-K`): its
 * green and blue slices, maps `kernel-K-green` and `kernel-K-blue`. A click on a weight
 * cycles it (-1, 0, +1) in that slice only.
 */
export const KernelSlices = memo(function KernelSlices({
  k,
  slices,
  scale,
  showValues,
  onProbe,
  dispatch,
  highlighted,
}: {
  readonly k: number;
  readonly slices: readonly [Matrix, Matrix];
  readonly scale: (slice: Matrix) => GrayScale;
  readonly showValues: boolean;
  readonly onProbe: (index: number | null) => void;
  readonly dispatch: (action: HistoryAction) => void;
  /** The weights a probe outlines in the red slice: every slice reads the same window. */
  readonly highlighted?: ReadonlySet<number> | undefined;
}) {
  const t = useMessages().color;
  const handlers = useMemo(
    () =>
      SLICES.map(([, channel]): ProbeHandlers => ({
        onProbe,
        onPin: (index) => dispatch({ type: 'cycleWeight', k, index, channel }),
      })),
    [k, onProbe, dispatch],
  );
  return (
    <div className="kernel-slices" data-slices={`kernel-${k}`}>
      {SLICES.map(([name], i) => (
        <MapCard
          key={name}
          mapId={`kernel-${k}-${name}`}
          title={t.channel[name]}
          stage={{ map: slices[i]! }}
          scale={scale(slices[i]!)}
          showValues={showValues}
          ownLegend={false}
          handlers={handlers[i]}
          highlighted={highlighted}
        />
      ))}
    </div>
  );
});
