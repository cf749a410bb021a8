import { memo, useCallback, useMemo, type CSSProperties } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { featureCell, type DecisionVotes } from '../../present/decisionReading';
import { formatValue } from '../../present/format';
import { grayScale, LEVEL_RGB } from '../../present/grayScale';
import { ColorGrid } from './ColorGrid';
import type { ProbeTarget } from './useDecisionProbe';

interface FeatureStripProps {
  readonly votes: DecisionVotes;
  readonly features: Float64Array;
  /** The feature to outline, if any. */
  readonly lit: number | null;
  readonly onProbe: ProbeTarget['onProbe'];
  readonly onPin: ProbeTarget['onPin'];
}

/**
 * The last block's maps flattened into one row, map after map (the order the votes read
 * them), in grays from the lowest to the highest number (0 included).
 */
export const FeatureStrip = memo(function FeatureStrip(props: FeatureStripProps) {
  const { votes, features, lit, onProbe, onPin } = props;
  const t = useMessages();
  let [lo, hi] = [0, 0];
  for (const v of features) {
    if (v < lo) lo = v;
    if (v > hi && Number.isFinite(v)) hi = v;
  }
  const colors = useMemo(() => ({ level: grayScale([lo, hi]).level, rgb: LEVEL_RGB }), [lo, hi]);
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
    <figure className="decision-strip" style={{ '--n': features.length } as CSSProperties}>
      <figcaption>
        {t.decision.strip}
        <span className="size"> · {features.length}</span>
      </figcaption>
      <ColorGrid
        id="strip"
        values={features}
        height={1}
        width={features.length}
        colors={colors}
        label={t.decision.stripLabel(features.length)}
        cellLabel={cellLabel}
        lit={lit}
        onProbe={probe}
        onPin={pin}
        groupEvery={votes.height * votes.width}
      />
      <div className="decision-strip-ends" aria-hidden="true">
        <span>{formatValue(lo)}</span>
        <span>{formatValue(hi)}</span>
      </div>
    </figure>
  );
});
