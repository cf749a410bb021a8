import { useCallback, useRef } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { formatShare } from '../../present/decision';
import type { DecisionScores } from '../../present/decisionReading';
import type { Store } from '../../state';
import { setAttr, setText } from './paintDom';
import { useDecisionNetwork, usePaintScores } from './useDecision';

/**
 * The network's verdict on the picture: "X · 99.95 %" with the second guess, from the last
 * block's maps, flattened, and the votes. Contract: `[data-decision]` with `data-winner`,
 * one `[data-class][data-probability]` per class in the network's order. It renders with
 * the network; the picture's verdict is painted into it (usePaintScores), so a pixel renders
 * nothing here.
 */
export function DecisionBadge({ store }: { readonly store: Store }) {
  const t = useMessages();
  const { made, votes } = useDecisionNetwork(store);
  const root = useRef<HTMLElement>(null);
  const classes = votes?.classes;
  const paint = useCallback(
    (scores: DecisionScores) => {
      const el = root.current;
      if (!el || !classes) return;
      const { probabilities, winner, second } = scores;
      setAttr(el, 'data-winner', classes[winner] ?? '');
      setText(
        el.querySelector('.decision-winner'),
        `${classes[winner]} · ${formatShare(probabilities[winner]!)}`,
      );
      setText(
        el.querySelector('.decision-second'),
        t.decisionSecond(classes[second] ?? '', formatShare(probabilities[second]!)),
      );
      const each = el.querySelectorAll<HTMLElement>('[data-class]');
      for (let c = 0; c < each.length && c < probabilities.length; c++) {
        setAttr(each[c], 'data-probability', String(probabilities[c]));
      }
    },
    [classes, t],
  );
  usePaintScores(store, paint);
  if ('problem' in made || !votes || !classes) {
    return (
      <section className="decision" data-decision="" data-winner="" aria-live="polite">
        <span className="decision-title">{t.decisionTitle}</span>
        {'problem' in made && (
          <span className="decision-problem">{t.decisionProblem(made.problem)}</span>
        )}
      </section>
    );
  }
  return (
    <section
      ref={root}
      className="decision"
      data-decision=""
      aria-live="polite"
      title={t.decisionReads(votes.source)}
    >
      <span className="decision-title">{t.decisionTitle}</span>
      <strong className="decision-winner" />
      <span className="decision-second" />
      <span className="decision-classes" hidden>
        {classes.map((name) => (
          <span key={name} data-class={name} />
        ))}
      </span>
    </section>
  );
}
