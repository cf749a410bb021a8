import { memo, useEffect, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { formatSmall, formatValue } from '../../present/format';
import type { Store } from '../../state';
import { gradientView, useGradientView } from './gradientView';
import { usePageGradients } from './usePageGradients';

/**
 * "Why would the weights move?": one training step on the current picture, for the class
 * the teacher says it is. The loss and d loss / d score of each class; the maps (which pixels
 * push, each first-block kernel's step, and a weight's gradient built up by the chain rule
 * when pointed at) are on the page, beside the kernels and over the picture, which opening
 * this panel shows. Closed, it subscribes to nothing that a click on the picture changes.
 * It binds the page's store for those maps (they sit in components that do not have it).
 */
export const GradientPanel = memo(function GradientPanel({ store }: { readonly store: Store }) {
  const t = useMessages().gradients;
  const [open, setOpen] = useState(false);
  useEffect(() => gradientView.bindStore(store), [store]);
  return (
    <section className="gradients" data-gradients={open ? 'open' : 'closed'}>
      <button
        type="button"
        data-action="show-gradients"
        aria-expanded={open}
        title={t.openTitle}
        onClick={() => {
          if (!open) gradientView.setShown(true);
          setOpen(!open);
        }}
      >
        {open ? t.close : t.open}
      </button>
      {open && <Gradients store={store} />}
    </section>
  );
});

function Gradients({ store }: { readonly store: Store }) {
  const t = useMessages().gradients;
  const label = useGradientView((v) => v.label);
  const view = usePageGradients(store, label);
  if (!view) return <p className="gradients-none">{t.none}</p>;
  const { g, classes } = view;
  return (
    <div className="gradients-body">
      <h3>{t.title}</h3>
      <div className="gradients-label" role="group" aria-label={t.labelAs}>
        <span>{t.labelAs}</span>
        {classes.map((c, i) => (
          <button
            key={c}
            type="button"
            aria-pressed={i === g.label}
            data-gradient-label={c}
            onClick={() => gradientView.setLabel(i)}
          >
            {c}
          </button>
        ))}
      </div>
      <p data-step-loss={String(g.loss)}>
        {t.loss(formatSmall(g.probabilities[g.label]!), formatValue(g.loss))}
      </p>
      <ul className="gradients-scores">
        {classes.map((c, i) => (
          <li key={c}>
            {t.dScore(
              c,
              formatSmall(g.probabilities[i]!),
              i === g.label ? 1 : 0,
              formatSmall(g.dScores[i]!),
            )}
          </li>
        ))}
      </ul>
      <p className="gradients-about">{t.onPage}</p>
      <p className="gradients-about">{t.inputAbout(classes[g.label]!)}</p>
      <p className="gradients-about">{t.kernelAbout}</p>
      <p className="gradients-hint">{t.hint}</p>
    </div>
  );
}
