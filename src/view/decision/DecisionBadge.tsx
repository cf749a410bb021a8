import { useMessages } from '../../i18n/I18nContext';
import { formatShare } from '../../present/decision';
import type { Store } from '../../state';
import { useDecision } from './useDecision';

/**
 * The network's verdict on the picture: "X · 99.95 %" with the second guess, from the last
 * block's maps, flattened, and the votes. Contract: `[data-decision]` with `data-winner`,
 * one `[data-class][data-probability]` per class in the network's order.
 */
export function DecisionBadge({ store }: { readonly store: Store }) {
  const t = useMessages();
  const { made, votes, scores } = useDecision(store);
  if ('problem' in made || !votes || !scores) {
    return (
      <section className="decision" data-decision="" data-winner="" aria-live="polite">
        <span className="decision-title">{t.decisionTitle}</span>
        {'problem' in made && (
          <span className="decision-problem">{t.decisionProblem(made.problem)}</span>
        )}
      </section>
    );
  }
  const { classes } = votes;
  const { probabilities, winner, second } = scores;
  return (
    <section
      className="decision"
      data-decision=""
      data-winner={classes[winner]}
      aria-live="polite"
      title={t.decisionReads(votes.source)}
    >
      <span className="decision-title">{t.decisionTitle}</span>
      <strong className="decision-winner">
        {classes[winner]} · {formatShare(probabilities[winner]!)}
      </strong>
      <span className="decision-second">
        {t.decisionSecond(classes[second]!, formatShare(probabilities[second]!))}
      </span>
      <span className="decision-classes" hidden>
        {classes.map((name, c) => (
          <span key={name} data-class={name} data-probability={String(probabilities[c])} />
        ))}
      </span>
    </section>
  );
}
