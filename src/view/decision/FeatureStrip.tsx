import { memo, useCallback, useRef, type CSSProperties } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';
import {
  featureCell,
  type DecisionScores,
  type DecisionVotes,
} from '../../present/decisionReading';
import { formatValue } from '../../present/format';
import { grayScale, LEVEL_RGB } from '../../present/grayScale';
import { ColorGrid, type CellColors, type ColorGridHandle } from './ColorGrid';
import { usePaintScores } from './useDecision';
import type { ProbeTarget } from './useDecisionProbe';

interface FeatureStripProps {
  readonly store: Store;
  readonly votes: DecisionVotes;
  /** The feature to outline, if any. */
  readonly lit: number | null;
  readonly onProbe: ProbeTarget['onProbe'];
  readonly onPin: ProbeTarget['onPin'];
}

/** The strip's range: from the lowest to the highest number, 0 included. */
function rangeOf(features: Float64Array): readonly [number, number] {
  let [lo, hi] = [0, 0];
  for (const v of features) {
    if (v < lo) lo = v;
    if (v > hi && Number.isFinite(v)) hi = v;
  }
  return [lo, hi];
}

/**
 * The last block's maps flattened into one row, map after map (the order the votes read
 * them), in grays from the lowest to the highest number (0 included). It renders with the
 * network; the picture's numbers are painted into it (usePaintScores), so a pixel renders
 * nothing here.
 */
export const FeatureStrip = memo(function FeatureStrip(props: FeatureStripProps) {
  const { store, votes, lit, onProbe, onPin } = props;
  const t = useMessages();
  const n = votes.channels * votes.height * votes.width;
  const grid = useRef<ColorGridHandle>(null);
  const ends = useRef<HTMLDivElement>(null);
  const shown = useRef<{ lo: number; hi: number; colors: CellColors } | null>(null);
  const paint = useCallback((scores: DecisionScores) => {
    const [lo, hi] = rangeOf(scores.features);
    // The same range keeps the same colours, so only the cells whose value changed repaint.
    let range = shown.current;
    if (range === null || range.lo !== lo || range.hi !== hi) {
      range = { lo, hi, colors: { level: grayScale([lo, hi]).level, rgb: LEVEL_RGB } };
      shown.current = range;
      const [low, high] = ends.current?.children ?? [];
      if (low) low.textContent = formatValue(lo);
      if (high) high.textContent = formatValue(hi);
    }
    grid.current?.paint(scores.features, range.colors);
  }, []);
  // A new network renders new cells: painting again fills them.
  usePaintScores(store, paint, votes);
  const cellLabel = useCallback(
    (i: number, v: number) => {
      const { channel, row, col } = featureCell(votes, i);
      return t.decision.featureLabel(channel + 1, row + 1, col + 1, formatValue(v));
    },
    [t, votes],
  );
  const probe = useCallback(
    (i: number | null) => onProbe(i === null ? null : { kind: 'feature', i, c: null }),
    [onProbe],
  );
  const pin = useCallback((i: number) => onPin({ kind: 'feature', i, c: null }), [onPin]);
  return (
    <figure className="decision-strip" style={{ '--n': n } as CSSProperties}>
      <figcaption>
        {t.decision.strip}
        <span className="size"> · {n}</span>
      </figcaption>
      <ColorGrid
        ref={grid}
        id="strip"
        height={1}
        width={n}
        label={t.decision.stripLabel(n)}
        cellLabel={cellLabel}
        lit={lit}
        onProbe={probe}
        onPin={pin}
        groupEvery={votes.height * votes.width}
      />
      <div ref={ends} className="decision-strip-ends" aria-hidden="true">
        <span />
        <span />
      </div>
    </figure>
  );
});
