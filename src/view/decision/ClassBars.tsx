import { memo, useCallback, useRef } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';
import { formatShare } from '../../present/decision';
import type { DecisionScores, DecisionVotes } from '../../present/decisionReading';
import { formatValue } from '../../present/format';
import { setAttr, setText } from './paintDom';
import { usePaintScores } from './useDecision';
import type { ProbeTarget } from './useDecisionProbe';

interface ClassBarsProps {
  readonly store: Store;
  readonly classes: DecisionVotes['classes'];
  /** The class being explained, if any. */
  readonly active: number | null;
  readonly onProbe: ProbeTarget['onProbe'];
  readonly onPin: ProbeTarget['onPin'];
}

/**
 * The verdict, winner large ("X · 99.95 %") with the second guess, then each class's score
 * and probability as a bar. Pointing at (focusing, tapping) a class explains its numbers.
 * It renders with the classes and the class explained; the picture's numbers are painted
 * into it (usePaintScores), so a pixel renders nothing here.
 */
export const ClassBars = memo(function ClassBars(props: ClassBarsProps) {
  const { store, classes, active, onProbe, onPin } = props;
  const t = useMessages();
  const root = useRef<HTMLDivElement>(null);
  const paint = useCallback(
    (scores: DecisionScores) => {
      const el = root.current;
      if (!el) return;
      const { winner, second, probabilities } = scores;
      const top = el.querySelector('.decision-verdict-winner');
      setAttr(top, 'data-panel-winner', classes[winner] ?? '');
      setText(top, `${classes[winner]} · ${formatShare(probabilities[winner]!)}`);
      setText(
        el.querySelector('.decision-verdict-second'),
        t.decision.second(classes[second] ?? '', formatShare(probabilities[second]!)),
      );
      const bars = el.querySelectorAll<HTMLElement>('[data-panel-class]');
      for (let c = 0; c < bars.length && c < probabilities.length; c++) {
        const bar = bars[c]!;
        const p = probabilities[c]!;
        const share = formatShare(p);
        const score = formatValue(scores.scores[c]!);
        setAttr(bar, 'data-score', String(scores.scores[c]));
        bar.toggleAttribute('data-leading', c === winner);
        setAttr(bar, 'aria-label', t.decision.classLabel(classes[c]!, score, share));
        setText(bar.querySelector('.class-score'), `${t.decision.score} ${score}`);
        setText(bar.querySelector('.class-share'), share);
        const fill = bar.querySelector<HTMLElement>('.class-fill');
        const width = String(Number.isFinite(p) ? p : 0);
        if (fill && fill.style.getPropertyValue('--share') !== width)
          fill.style.setProperty('--share', width);
      }
    },
    [classes, t],
  );
  usePaintScores(store, paint);
  return (
    <div ref={root} className="decision-bars">
      <p className="decision-verdict" aria-live="polite">
        <strong className="decision-verdict-winner" />
        {classes.length > 1 && <span className="decision-verdict-second" />}
      </p>
      <h3>{t.decision.probabilities}</h3>
      <ul className="class-bars">
        {classes.map((name, c) => (
          <li key={c}>
            <button
              type="button"
              className={`class-bar${active === c ? ' active' : ''}`}
              data-panel-class={name}
              onPointerEnter={(e) => e.pointerType === 'mouse' && onProbe({ kind: 'class', c })}
              onPointerLeave={() => onProbe(null)}
              onFocus={() => onProbe({ kind: 'class', c })}
              onBlur={() => onProbe(null)}
              onClick={() => onPin({ kind: 'class', c })}
            >
              <span className="class-name">{name}</span>
              <span className="class-score" />
              <span className="class-track">
                <span className="class-fill" />
              </span>
              <span className="class-share" />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
