import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { LaterCellExplanation as Explanation } from '../../present/blockMaps';
import { formatValue, formatWeight } from '../../present/format';

/**
 * How a feature-map cell of a later block was made: for each channel of the block before,
 * its products input × weight and their sum; then the total over channels, the division and
 * the bias, ending on the cell's value.
 */
export const LaterCellExplanation = memo(function LaterCellExplanation({
  title,
  explanation,
  pinned,
  onUnpin,
}: {
  readonly title: string;
  readonly explanation: Explanation;
  readonly pinned: boolean;
  readonly onUnpin: () => void;
}) {
  const t = useMessages();
  const { channels, total, divisor, bias, value } = explanation;
  return (
    <div className="later-explain" role="status" aria-live="polite" data-explain-block="">
      <h3>
        {title}
        {pinned && (
          <button type="button" className="unpin" onClick={onUnpin} aria-label={t.unpin}>
            ✕
          </button>
        )}
      </h3>
      <ol className="channel-sums">
        {channels.map((c) => (
          <li key={c.channel} data-channel={c.channel}>
            <span className="channel-name">{t.blockChannel(c.channel + 1)}</span>{' '}
            <span className="channel-terms">
              {c.terms
                .filter((term) => term.weight !== 0)
                .map((term) => `${formatValue(term.input)} × ${formatWeight(term.weight)}`)
                .join(' + ') || '0'}
            </span>{' '}
            = <strong>{formatValue(c.sum)}</strong>
          </li>
        ))}
      </ol>
      <p className="channel-total">
        {t.blockTotal(
          channels.map((c) => formatValue(c.sum)).join(' + '),
          formatValue(total),
          divisor,
          formatValue(bias),
          formatValue(value),
        )}
      </p>
    </div>
  );
});
