import { memo, useMemo, useState } from 'react';
import { extent, type Matrix } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { divergingScale } from '../../present/divergingScale';
import { formatSmall, formatValue } from '../../present/format';
import { kernelWeightGradient, pageGradients } from '../../present/gradients';
import type { Store } from '../../state';
import { pageNetwork } from '../decision/useDecision';
import { useStoreSelector } from '../app/useStore';
import { MapCard, type ProbeHandlers } from '../maps/MapCard';
import { WeightGradient } from './WeightGradient';

/** The negated map: the direction a step moves (what lowers the loss). */
function negated(m: Matrix): Matrix {
  return { height: m.height, width: m.width, data: m.data.map((v) => -v + 0) };
}

/** A diverging scale symmetric about 0 over the map's values (zero white). */
function scaleOf(m: Matrix) {
  const [lo, hi] = extent(m);
  const top = Math.max(Math.abs(lo), Math.abs(hi), 1e-12);
  return divergingScale([-top, top]);
}

/**
 * "Why would the weights move?": one training step on the current picture, for the class
 * the teacher says it is. The loss, d loss / d score of each class, which pixels push toward
 * that class (minus the input's gradient), each first-block kernel's step (minus its
 * gradient), and, for a weight pointed at, its gradient built up by the chain rule. Closed,
 * it subscribes to nothing that a click on the picture changes.
 */
export const GradientPanel = memo(function GradientPanel({ store }: { readonly store: Store }) {
  const t = useMessages().gradients;
  const [open, setOpen] = useState(false);
  return (
    <section className="gradients" data-gradients={open ? 'open' : 'closed'}>
      <button
        type="button"
        data-action="show-gradients"
        aria-expanded={open}
        title={t.openTitle}
        onClick={() => setOpen(!open)}
      >
        {open ? t.close : t.open}
      </button>
      {open && <Gradients store={store} />}
    </section>
  );
});

function Gradients({ store }: { readonly store: Store }) {
  const t = useMessages().gradients;
  const input = useStoreSelector(store, (s) => s.input);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const blocks = useStoreSelector(store, (s) => s.blocks);
  const classes = useStoreSelector(store, (s) => s.classes);
  const votes = useStoreSelector(store, (s) => s.votes);
  const [label, setLabel] = useState(0);
  const [probe, setProbe] = useState<{ k: number; index: number } | null>(null);
  // Built once per network, not per pixel (the decision's shared cache).
  const made = pageNetwork({ input, kernels, config, blocks, classes, votes });
  const g = useMemo(
    () =>
      'network' in made
        ? pageGradients(made.network, made.blocks[0]!, input, Math.min(label, classes.length - 1))
        : null,
    [made, input, label, classes.length],
  );
  if (!g) return <p className="gradients-none">{t.none}</p>;
  const name = classes[g.label]!;
  const pushes = negated(g.input);
  const steps = g.kernels.map(negated);
  const explained = probe ? kernelWeightGradient(g, probe.k, probe.index) : null;
  const kernel = probe ? kernels[probe.k] : undefined;
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
            onClick={() => setLabel(i)}
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
      <div className="gradients-maps">
        <MapCard
          mapId="grad-input"
          title={t.inputTitle}
          stage={{ map: pushes }}
          scale={scaleOf(pushes)}
          showValues={false}
          ownLegend
        >
          <p className="gradients-about">{t.inputAbout(name)}</p>
        </MapCard>
        {steps.map((step, k) => {
          const handlers: ProbeHandlers = {
            onProbe: (index) => index !== null && setProbe({ k, index }),
            onPin: (index) => setProbe({ k, index }),
          };
          return (
            <MapCard
              key={k}
              mapId={`grad-kernel-${k}`}
              title={t.kernelTitle(k + 1)}
              stage={{ map: step }}
              scale={scaleOf(step)}
              showValues={false}
              ownLegend
              handlers={handlers}
            />
          );
        })}
      </div>
      <p className="gradients-about">{t.kernelAbout}</p>
      {explained && probe && kernel ? (
        <WeightGradient
          title={t.weightTitle(
            probe.k + 1,
            Math.floor(probe.index / kernel.width) + 1,
            (probe.index % kernel.width) + 1,
          )}
          explained={explained}
          windows={g.features[probe.k]!.data.length}
        />
      ) : (
        <p className="gradients-hint">{t.hint}</p>
      )}
    </div>
  );
}
