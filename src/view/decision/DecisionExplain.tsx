import { Fragment, memo, useEffect, type ReactNode } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Messages } from '../../i18n/messages';
import type { HistoryAction } from '../../state';
import { formatShare } from '../../present/decision';
import {
  explainFeature,
  explainScore,
  explainSoftmax,
  formatExp,
  signed,
} from '../../present/decisionExplain';
import type { DecisionScores, DecisionVotes } from '../../present/decisionReading';
import { formatSmall, formatValue } from '../../present/format';
import { sgdChange } from '../../present/gradients';
import { voteGradients } from '../../present/voteGradients';
import { gradientView, useGradientView } from '../gradients/gradientView';
import { NumberField } from '../shared/NumberField';
import type { DecisionProbe } from './useDecisionProbe';

/** At most this many terms are written out; the rest are summed in one line. */
const MAX_TERMS = 48;

interface DecisionExplainProps {
  readonly probe: DecisionProbe | null;
  readonly pinned: boolean;
  readonly onUnpin: () => void;
  readonly votes: DecisionVotes;
  /** Only while something is explained: with nothing probed, a pixel click renders nothing here. */
  readonly scores: DecisionScores | null;
  readonly dispatch: (action: HistoryAction) => void;
  /** The training's learning rate, for a vote's step. */
  readonly learningRate: number;
  /** A term is pointed at: outline its feature (null: no longer). */
  readonly onTerm: (i: number | null) => void;
}

interface BodyProps extends Omit<DecisionExplainProps, 'probe' | 'onUnpin' | 'scores'> {
  readonly t: Messages;
  readonly scores: DecisionScores;
}

function ScoreBody({ c, ...p }: BodyProps & { readonly c: number }) {
  const { t, votes, scores, pinned, dispatch, onTerm } = p;
  const e = explainScore(votes, scores, c);
  const s = explainSoftmax(votes, scores, c);
  const shown = e.terms.slice(0, MAX_TERMS);
  const rest = e.terms.slice(MAX_TERMS).reduce((acc, x) => acc + x.product, 0);
  // e to the score (less the largest score, when the scores are too large to read).
  const power = (v: number) => (
    <span className="power">
      e<sup>{formatValue(v - s.shift)}</sup>
    </span>
  );
  return (
    <>
      <p className="equation">
        {t.decision.score} {e.name} = Σ <b data-sum={String(e.sum)}>{formatValue(e.sum)}</b>{' '}
        {signed(e.bias)} ({t.decision.bias}) ={' '}
        <b data-score={String(e.score)}>{formatValue(e.score)}</b>
      </p>
      {pinned && (
        <NumberField
          name={`bias-${c}`}
          label={`${t.decision.bias} (${e.name})`}
          value={e.bias}
          className="decision-field"
          onValid={(value) => dispatch({ type: 'setVote', c, index: -1, value })}
        />
      )}
      <p className="equation softmax" data-softmax={String(s.probability)}>
        {t.decision.softmax}: {power(s.terms[c]!.score)} / (
        {s.terms.map((x, j) => (
          <Fragment key={j}>
            {j > 0 && ' + '}
            {power(x.score)}
          </Fragment>
        ))}
        ) = {formatExp(s.terms[c]!.exp)} / {formatExp(s.total)} ={' '}
        <b>{formatShare(s.probability)}</b>
      </p>
      {s.shift !== 0 && <p className="explain-note">{t.decision.shifted(formatValue(s.shift))}</p>}
      <p className="explain-caption">{t.decision.sumCaption(e.terms.length)}</p>
      <ol className="decision-terms" onPointerLeave={() => onTerm(null)}>
        {shown.map((x) => (
          <li
            key={x.index}
            className={x.product > 0 ? 'plus' : x.product < 0 ? 'minus' : undefined}
            data-term={x.index}
            data-product={String(x.product)}
            tabIndex={0}
            aria-label={`${t.decision.cell(x.channel + 1, x.row + 1, x.col + 1)}: ${formatValue(x.feature)} × ${formatValue(x.vote)} = ${formatValue(x.product)}`}
            onPointerEnter={() => onTerm(x.index)}
            onFocus={() => onTerm(x.index)}
            onBlur={() => onTerm(null)}
          >
            <span className="term-value">{signed(x.product)}</span>
            <span className="term-parts">
              {formatValue(x.feature)} × {formatValue(x.vote)}
            </span>
          </li>
        ))}
      </ol>
      {e.terms.length > MAX_TERMS && (
        <p className="explain-note">
          {t.decision.more(e.terms.length - MAX_TERMS)} = {formatValue(rest)}
        </p>
      )}
    </>
  );
}

function FeatureBody({
  i,
  c,
  ...p
}: BodyProps & { readonly i: number; readonly c: number | null }) {
  const { t, votes, scores, pinned, dispatch } = p;
  const f = explainFeature(votes, scores, i);
  // A click on a vote opens its field, ready to type.
  useEffect(() => {
    if (!pinned || c === null) return;
    document.querySelector<HTMLInputElement>(`input[name="vote-${c}-${i}"]`)?.select();
  }, [pinned, c, i]);
  return (
    <>
      <p className="explain-caption">{t.decision.featureIs(formatValue(f.feature))}</p>
      <ul className="decision-feature-votes">
        {f.votes.map((v, j) => (
          <li key={j} data-vote-of={v.name} data-vote={String(v.vote)}>
            <span className="equation">
              {t.decision.voteFor(v.name)}: {formatValue(f.feature)} × {formatValue(v.vote)} ={' '}
              <b>{formatValue(v.product)}</b>
            </span>
            {pinned && (
              <NumberField
                name={`vote-${j}-${i}`}
                label={t.decision.editVote(v.name)}
                value={v.vote}
                className="decision-field"
                onValid={(value) => dispatch({ type: 'setVote', c: j, index: i, value })}
              />
            )}
          </li>
        ))}
      </ul>
      {pinned && <p className="explain-note">{t.decision.editHint}</p>}
      <VoteSteps {...p} i={i} />
    </>
  );
}

/**
 * How one training step on the current picture would move this feature's votes, for the
 * class the picture is said to be (the gradients' label, shared with the page's gradients):
 * d loss / d vote = (p - y) × feature, then SGD's change with the training's learning rate.
 */
function VoteSteps({ i, ...p }: BodyProps & { readonly i: number }) {
  const { t, votes, scores, learningRate: rate } = p;
  const label = useGradientView((v) => v.label);
  const at = Math.max(0, Math.min(label, votes.classes.length - 1));
  const steps = voteGradients(votes, scores, i, at);
  return (
    <div className="decision-vote-steps" data-vote-steps={votes.classes[at]}>
      <p className="explain-caption">
        {t.decision.voteStepIf}{' '}
        {votes.classes.map((name, c) => (
          <button
            key={name}
            type="button"
            className="gradient-as"
            aria-pressed={c === at}
            onClick={() => gradientView.setLabel(c)}
          >
            {name}
          </button>
        ))}
      </p>
      <ul>
        {steps.map((s) => (
          <li key={s.name} data-vote-gradient={String(s.gradient)}>
            {t.decision.voteGradient(
              s.name,
              formatValue(s.probability),
              String(s.target),
              formatValue(s.feature),
              formatSmall(s.gradient),
            )}
            {'; '}
            {t.decision.voteChange(String(rate), formatSmall(sgdChange(s.gradient, rate)))}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The arithmetic behind the decision's probed number, in the numbers the panel shows. */
export const DecisionExplain = memo(function DecisionExplain(props: DecisionExplainProps) {
  const { probe, pinned, onUnpin, votes, scores } = props;
  const t = useMessages();
  let title = t.decision.title;
  let body: ReactNode = <p className="explain-hint">{t.decision.hint}</p>;
  if (scores && probe?.kind === 'class' && probe.c < votes.classes.length) {
    title = t.decision.scoreOf(votes.classes[probe.c]!);
    body = <ScoreBody {...props} scores={scores} t={t} c={probe.c} />;
  }
  if (scores && probe?.kind === 'feature' && probe.i < scores.features.length) {
    const size = votes.height * votes.width;
    const cell = probe.i % size;
    title = t.decision.featureTitle(
      Math.floor(probe.i / size) + 1,
      Math.floor(cell / votes.width) + 1,
      (cell % votes.width) + 1,
    );
    body = <FeatureBody {...props} scores={scores} t={t} i={probe.i} c={probe.c} />;
  }
  return (
    <section
      className="decision-explain"
      data-decision-explain={probe?.kind === 'class' ? 'score' : (probe?.kind ?? 'none')}
      aria-live="polite"
      aria-label={t.explainTitle}
    >
      <header className="explain-head">
        <h3>{title}</h3>
        {pinned && (
          <button type="button" className="unpin" onClick={onUnpin} title={t.unpin}>
            {t.pinned} ✕
          </button>
        )}
      </header>
      <div className="explain-body">{body}</div>
    </section>
  );
});
