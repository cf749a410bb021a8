import { memo, type CSSProperties } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { formatShare } from '../../present/decision';
import type { DecisionScores, DecisionVotes } from '../../present/decisionReading';
import { formatValue } from '../../present/format';
import type { ProbeTarget } from './useDecisionProbe';

interface ClassBarsProps {
  readonly classes: DecisionVotes['classes'];
  readonly scores: DecisionScores;
  /** The class being explained, if any. */
  readonly active: number | null;
  readonly onProbe: ProbeTarget['onProbe'];
  readonly onPin: ProbeTarget['onPin'];
}

/**
 * The verdict, winner large ("X · 99.95 %") with the second guess, then each class's score
 * and probability as a bar. Pointing at (focusing, tapping) a class explains its numbers.
 */
export const ClassBars = memo(function ClassBars(props: ClassBarsProps) {
  const { classes, scores, active, onProbe, onPin } = props;
  const t = useMessages();
  const { winner, second, probabilities } = scores;
  return (
    <div className="decision-bars">
      <p className="decision-verdict" aria-live="polite">
        <strong className="decision-verdict-winner" data-panel-winner={classes[winner]}>
          {classes[winner]} · {formatShare(probabilities[winner]!)}
        </strong>
        {classes.length > 1 && (
          <span className="decision-verdict-second">
            {t.decision.second(classes[second]!, formatShare(probabilities[second]!))}
          </span>
        )}
      </p>
      <h3>{t.decision.probabilities}</h3>
      <ul className="class-bars">
        {classes.map((name, c) => {
          const p = probabilities[c]!;
          const share = formatShare(p);
          const score = formatValue(scores.scores[c]!);
          return (
            <li key={c}>
              <button
                type="button"
                className={`class-bar${c === winner ? ' winner' : ''}${active === c ? ' active' : ''}`}
                data-panel-class={name}
                data-score={String(scores.scores[c])}
                aria-label={t.decision.classLabel(name, score, share)}
                onPointerEnter={(e) => e.pointerType === 'mouse' && onProbe({ kind: 'class', c })}
                onPointerLeave={() => onProbe(null)}
                onFocus={() => onProbe({ kind: 'class', c })}
                onBlur={() => onProbe(null)}
                onClick={() => onPin({ kind: 'class', c })}
              >
                <span className="class-name">{name}</span>
                <span className="class-score">
                  {t.decision.score} {score}
                </span>
                <span className="class-track">
                  <span
                    className="class-fill"
                    style={{ '--share': Number.isFinite(p) ? p : 0 } as CSSProperties}
                  />
                </span>
                <span className="class-share">{share}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
