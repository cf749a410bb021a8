import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { VOTE_GRADIENT, type VoteScale } from '../../present/decisionScale';
import { formatTick } from '../../present/format';

/** The votes' colours: a bar from -m (pink) through 0 (white) to m (green), its ends stated. */
export const VoteLegend = memo(function VoteLegend({ scale }: { readonly scale: VoteScale }) {
  const t = useMessages();
  const [lo, hi] = scale.domain;
  return (
    <div className="legend vote-legend" role="note" aria-label={t.decision.legendLabel}>
      <div
        className="legend-bar"
        style={{ backgroundImage: `linear-gradient(to right, ${VOTE_GRADIENT})` }}
      >
        <span className="legend-zero" style={{ left: '50%' }} />
      </div>
      <div className="legend-ticks">
        <span>{formatTick(lo)}</span>
        <span className="legend-zero-label" style={{ left: '50%' }}>
          0
        </span>
        <span>{formatTick(hi)}</span>
      </div>
      <div className="legend-ends">{t.decision.legend(formatTick(lo), formatTick(hi))}</div>
    </div>
  );
});
