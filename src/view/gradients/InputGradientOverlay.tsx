import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { formatSmall } from '../../present/format';
import {
  barStops,
  pushSides,
  stepOf,
  strongest,
  symmetricScale,
} from '../../present/gradientLegend';
import type { Store } from '../../state';
import { useStoreSelector } from '../app/useStore';
import { Heatmap } from '../maps/Heatmap';
import { cellIndex, indexAt } from '../shared/useRovingGrid';
import { gradientView, useGradientView } from './gradientView';
import { usePageGradients } from './usePageGradients';

/** The picture's step map and its scale, for the label chosen (null: no network). */
function useInputStep(store: Store) {
  const label = useGradientView((v) => v.label);
  const view = usePageGradients(store, label);
  return useMemo(() => {
    if (!view) return null;
    const step = stepOf(view.g.input);
    const { toward, away } = pushSides(view.classes, view.g.label);
    return { step, scale: symmetricScale(step), toward, away, view };
  }, [view]);
}

/**
 * Beside the picture: the "Show gradients" toggle, and while it is on, over the picture, which
 * pixels push the decision (minus d loss / d pixel for the class the teacher says it is: blue
 * where brightening the pixel makes that class more likely, red where darkening does), with
 * the class to label it as and a legend in class names. It reads nothing from the page's state
 * while off, so a pixel click then costs nothing here. Place it in a positioned box the size
 * of the picture (`.drop-zone`), after the picture's grid.
 */
export const InputGradientOverlay = memo(function InputGradientOverlay() {
  const t = useMessages().gradients;
  const shown = useGradientView((v) => v.shown);
  const store = useGradientView((v) => v.store);
  return (
    <>
      {shown && store && <OverlayMap store={store} />}
      <div className="input-gradient-side">
        <button
          type="button"
          className="gradient-toggle"
          data-action="toggle-gradients"
          aria-pressed={shown}
          title={t.toggleTitle}
          onClick={() => gradientView.setShown(!shown)}
        >
          {t.toggle}
        </button>
        {shown && store && <OverlayLegend store={store} />}
      </div>
    </>
  );
});

/** The overlay itself: drawn over the picture, which keeps every pointer and key. */
function OverlayMap({ store }: { readonly store: Store }) {
  const t = useMessages().gradients;
  const s = useInputStep(store);
  // Sized as the picture's grid is (its cells grow while values are shown).
  const withValues = useStoreSelector(store, (state) => state.display.showValues);
  if (!s) return null;
  const about = t.overlayAbout(s.toward, s.away);
  const top = strongest(s.step, 1)[0];
  const width = s.step.width;
  return (
    <Heatmap
      mapId="grad-input"
      className={`input-gradient-overlay${withValues ? ' with-values' : ''}`}
      matrix={s.step}
      scale={s.scale}
      showValues={false}
      role="img"
      aria-label={
        top
          ? t.overlayLabel(
              about,
              Math.floor(top.index / width) + 1,
              (top.index % width) + 1,
              formatSmall(top.value),
            )
          : about
      }
    />
  );
}

/** The class to label the picture as, what the colours mean, the pixel pointed at. */
function OverlayLegend({ store }: { readonly store: Store }) {
  const t = useMessages().gradients;
  const s = useInputStep(store);
  const root = useRef<HTMLDivElement>(null);
  const pointed = usePointedPixel(root);
  if (!s) {
    return (
      <p ref={root} className="gradient-none" title={t.none}>
        {t.noneShort}
      </p>
    );
  }
  const { step, toward, away, view } = s;
  const about = t.overlayAbout(toward, away);
  const value = pointed !== null && pointed < step.data.length ? step.data[pointed]! : null;
  return (
    <div ref={root} className="input-gradient-legend" data-gradient-legend="">
      <div className="gradient-label" role="group" aria-label={t.labelAs}>
        <span>{t.ifItIs}</span>
        {view.classes.map((c, i) => (
          <button
            key={c}
            type="button"
            aria-pressed={i === view.g.label}
            data-gradient-as={c}
            onClick={() => gradientView.setLabel(i)}
          >
            {c}
          </button>
        ))}
      </div>
      <div className="gradient-scale" role="note" aria-label={about} title={about}>
        <span className="gradient-end toward">{t.towardEnd(toward)}</span>
        <span
          className="gradient-bar"
          aria-hidden="true"
          style={{ '--bar-stops': barStops(s.scale.palette) } as CSSProperties}
        />
        <span className="gradient-end away">{t.awayEnd(away, toward)}</span>
      </div>
      <p className="gradient-readout" aria-live="polite" data-gradient-pixel={value ?? ''}>
        {value === null || pointed === null
          ? t.pointHint
          : t.pixelPush(
              Math.floor(pointed / step.width) + 1,
              (pointed % step.width) + 1,
              formatSmall(value),
            )}
      </p>
    </div>
  );
}

/**
 * The picture's pixel under the mouse or pen, last touched, or focused: read from the
 * picture's grid in the frame `ref` sits in, only while the gradients are shown.
 */
function usePointedPixel(ref: RefObject<HTMLElement | null>): number | null {
  const [pointed, setPointed] = useState<number | null>(null);
  useEffect(() => {
    const frame = ref.current?.closest('.drop-zone');
    if (!frame) return;
    const grid = () => frame.querySelector<HTMLElement>('[data-map="input"]');
    const onPointer = (e: Event) => {
      const g = grid();
      if (!g || !(e instanceof PointerEvent) || !g.contains(e.target as Node)) return;
      const w = Number(g.style.getPropertyValue('--cols'));
      const h = Number(g.style.getPropertyValue('--rows'));
      setPointed(indexAt(g, e.clientX, e.clientY, w, h));
    };
    const onFocus = (e: Event) => {
      if (grid()?.contains(e.target as Node)) setPointed(cellIndex(e.target));
    };
    frame.addEventListener('pointermove', onPointer);
    frame.addEventListener('pointerdown', onPointer);
    frame.addEventListener('focusin', onFocus);
    return () => {
      frame.removeEventListener('pointermove', onPointer);
      frame.removeEventListener('pointerdown', onPointer);
      frame.removeEventListener('focusin', onFocus);
    };
  }, [ref]);
  return pointed;
}
