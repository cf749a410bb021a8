import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { formatTick, formatValue } from '../../present/format';
import { grayAt, type GrayScale } from '../../present/grayScale';

interface LegendProps {
  readonly scale: GrayScale;
  /** What the legend is for, read out to screen readers. */
  readonly label: string;
}

// The bar is a CSS gradient through 11 of the 256 gray levels, the same table the cells
// use, so a gray in the bar is exactly the gray of a cell with that value.
const STOPS = Array.from({ length: 11 }, (_, i) => `${grayAt((i * 255) / 10)} ${i * 10}%`).join(
  ', ',
);
// Another palette's bar: 11 of its levels, the same table its cells use.
function stopsOf(scale: GrayScale): string {
  return Array.from({ length: 11 }, (_, i) => {
    const l = Math.round((i * 254) / 10) * 3;
    const p = scale.palette;
    return `rgb(${p[l]}, ${p[l + 1]}, ${p[l + 2]}) ${i * 10}%`;
  }).join(', ');
}

/**
 * A bar from the domain's low value (black) to its high value (white), with its ends and 0,
 * and a line that says which colour is which end ("black = -1, white = 1").
 */
export const Legend = memo(function Legend({ scale, label }: LegendProps) {
  const t = useMessages();
  const [lo, hi] = scale.domain;
  if (scale.uniform) {
    return (
      <div className="legend uniform" role="note" aria-label={t.legend(label)}>
        <span className="swatch" style={{ backgroundColor: grayAt(128) }} />
        <span>{t.uniform(formatValue(lo))}</span>
      </div>
    );
  }
  const zero = lo < 0 && hi > 0 ? (-lo / (hi - lo)) * 100 : null;
  const gray = scale.ends[0] === 'black';
  // The 0 label is written only away from the ends, where it cannot run into their labels
  // (the bar's 0 mark stays).
  return (
    <div className="legend" role="note" aria-label={t.legend(label)}>
      <div
        className="legend-bar"
        style={{
          backgroundImage: `linear-gradient(to right, ${gray ? STOPS : stopsOf(scale)})`,
        }}
      >
        {zero !== null && <span className="legend-zero" style={{ left: `${zero}%` }} />}
      </div>
      <div className="legend-ticks">
        <span>{formatTick(lo)}</span>
        {zero !== null && zero > 20 && zero < 80 && (
          <span className="legend-zero-label" style={{ left: `${zero}%` }}>
            0
          </span>
        )}
        <span>{formatTick(hi)}</span>
      </div>
      <div className="legend-ends">
        {gray
          ? t.legendEnds(formatTick(lo), formatTick(hi))
          : t.legendDiverging(formatTick(lo), formatTick(hi))}
      </div>
    </div>
  );
});
