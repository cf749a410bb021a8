import { useMemo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { decide, formatShare } from '../../present/decision';
import type { Store } from '../../state';
import { decisionNetwork } from '../../state/decisionNetwork';
import { useStoreSelector } from '../app/useStore';

/**
 * The network's verdict on the picture: "X · 99.95 %" with the second guess, from the first
 * block's maps, flattened, and the votes. Contract: `[data-decision]` with `data-winner`,
 * one `[data-class][data-probability]` per class in the network's order.
 */
export function DecisionBadge({ store }: { readonly store: Store }) {
  const t = useMessages();
  const input = useStoreSelector(store, (s) => s.input);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const blocks = useStoreSelector(store, (s) => s.blocks);
  const classes = useStoreSelector(store, (s) => s.classes);
  const votes = useStoreSelector(store, (s) => s.votes);
  // The network changes with the kernels, settings and picture size, not with a pixel.
  const { height, width } = input;
  const made = useMemo(
    () => decisionNetwork({ input: blank(height, width), kernels, config, blocks, classes, votes }),
    [height, width, kernels, config, blocks, classes, votes],
  );
  const decision = useMemo(() => decide(made, input), [made, input]);
  if ('problem' in decision) {
    return (
      <section className="decision" data-decision="" data-winner="" aria-live="polite">
        <span className="decision-title">{t.decisionTitle}</span>
        <span className="decision-problem">{t.decisionProblem(decision.problem)}</span>
      </section>
    );
  }
  const winner = decision.classes[decision.winner]!;
  const second = decision.classes[decision.second]!;
  return (
    <section
      className="decision"
      data-decision=""
      data-winner={winner.name}
      aria-live="polite"
      title={t.decisionReads(decision.votes)}
    >
      <span className="decision-title">{t.decisionTitle}</span>
      <strong className="decision-winner">
        {winner.name} · {formatShare(winner.probability)}
      </strong>
      <span className="decision-second">
        {t.decisionSecond(second.name, formatShare(second.probability))}
      </span>
      <span className="decision-classes" hidden>
        {decision.classes.map((c) => (
          <span key={c.name} data-class={c.name} data-probability={String(c.probability)} />
        ))}
      </span>
    </section>
  );
}

/** A picture of the given size (the network depends on the size, not on the pixels). */
function blank(height: number, width: number) {
  return { height, width, data: new Float64Array(height * width) };
}
