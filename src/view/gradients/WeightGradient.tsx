import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { formatSmall } from '../../present/format';
import { adamFirstChange, sgdChange, type KernelWeightGradient } from '../../present/gradients';

/** How many of a weight gradient's terms are written out (the largest). */
const SHOWN = 5;
/** The chain rule for one kernel weight: the largest window terms, the sum, the SGD step. */
export const WeightGradient = memo(function WeightGradient({
  title,
  explained,
  windows,
  rate,
  source,
}: {
  readonly title: string;
  readonly explained: KernelWeightGradient;
  readonly windows: number;
  /** The training's learning rate (its settings, as the training bar shows it). */
  readonly rate: number;
  /** A later block's weight: the channel (from 1) of the block before that it reads. */
  readonly source?: number | undefined;
}) {
  const t = useMessages().gradients;
  const { terms, divisor, gradient } = explained;
  return (
    <div className="weight-gradient" role="status" aria-live="polite" data-weight-gradient="">
      <h4>{title}</h4>
      <p>
        {source === undefined
          ? t.chain(windows, divisor, formatSmall(gradient))
          : t.laterChain(windows, divisor, formatSmall(gradient), source)}
      </p>
      <ol>
        {terms.slice(0, SHOWN).map((term) => (
          <li key={term.cell}>
            {t.term(formatSmall(term.dCell), formatSmall(term.pixel), formatSmall(term.product))}
          </li>
        ))}
      </ol>
      {terms.length > SHOWN && <p>{t.more(terms.length - SHOWN)}</p>}
      <p>{t.sgd(String(rate), formatSmall(sgdChange(gradient, rate)))}</p>
      <p>{t.adam(String(rate), formatSmall(adamFirstChange(gradient, rate)))}</p>
    </div>
  );
});
