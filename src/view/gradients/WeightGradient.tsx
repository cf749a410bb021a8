import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { formatSmall } from '../../present/format';
import { adamFirstChange, sgdChange, type KernelWeightGradient } from '../../present/gradients';

/** How many of a weight gradient's terms are written out (the largest). */
const SHOWN = 5;
/** The learning rate the explanation uses for its SGD step. */
const RATE = 0.1;

/** The chain rule for one kernel weight: the largest window terms, the sum, the SGD step. */
export const WeightGradient = memo(function WeightGradient({
  title,
  explained,
  windows,
}: {
  readonly title: string;
  readonly explained: KernelWeightGradient;
  readonly windows: number;
}) {
  const t = useMessages().gradients;
  const { terms, divisor, gradient } = explained;
  return (
    <div className="weight-gradient" role="status" aria-live="polite" data-weight-gradient="">
      <h4>{title}</h4>
      <p>{t.chain(windows, divisor, formatSmall(gradient))}</p>
      <ol>
        {terms.slice(0, SHOWN).map((term) => (
          <li key={term.cell}>
            {t.term(formatSmall(term.dCell), formatSmall(term.pixel), formatSmall(term.product))}
          </li>
        ))}
      </ol>
      {terms.length > SHOWN && <p>{t.more(terms.length - SHOWN)}</p>}
      <p>{t.sgd(String(RATE), formatSmall(sgdChange(gradient, RATE)))}</p>
      <p>{t.adam(String(RATE), formatSmall(adamFirstChange(gradient, RATE)))}</p>
    </div>
  );
});
