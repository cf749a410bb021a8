import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMessages } from '../../i18n/I18nContext';
import { stepOf, symmetricScale } from '../../present/gradientLegend';
import { kernelWeightGradient, type PageGradients } from '../../present/gradients';
import type { Store } from '../../state';
import { MapCard, type ProbeHandlers } from '../maps/MapCard';
import { gradientView, useGradientView } from './gradientView';
import { usePageGradients } from './usePageGradients';
import { WeightGradient } from './WeightGradient';
import { useStoreSelector } from '../app/useStore';

/**
 * Beside first-block kernel k, while the gradients are shown: its step for one training step
 * on the picture (minus d loss / d weight, for the class the teacher says it is), a small
 * diverging heatmap. Pointing at, focusing or tapping a weight explains its gradient by the
 * chain rule. Hidden, it reads nothing from the page's state. Place it in the kernel's card.
 */
export const KernelGradient = memo(function KernelGradient({ k }: { readonly k: number }) {
  const shown = useGradientView((v) => v.shown);
  const store = useGradientView((v) => v.store);
  if (!shown || !store) return null;
  return <Shown store={store} k={k} />;
});

function Shown({ store, k }: { readonly store: Store; readonly k: number }) {
  const t = useMessages().gradients;
  const label = useGradientView((v) => v.label);
  const probe = useGradientView((v) => (v.probe?.k === k ? v.probe : null));
  const view = usePageGradients(store, label);
  // The step is explained with the training's own learning rate.
  const rate = useStoreSelector(store, (s) => s.training.learningRate);
  const gradient = view?.g.kernels[k];
  const step = useMemo(() => (gradient ? stepOf(gradient) : null), [gradient]);
  const scale = useMemo(() => (step ? symmetricScale(step) : null), [step]);
  const handlers = useMemo((): ProbeHandlers => {
    return {
      onProbe: (index) => {
        const now = gradientView.get().probe;
        if (now?.pinned) return;
        gradientView.setProbe(index === null ? null : { k, index, pinned: false });
      },
      onPin: (index) => {
        const now = gradientView.get().probe;
        const same = now?.pinned && now.k === k && now.index === index;
        gradientView.setProbe(same ? null : { k, index, pinned: true });
      },
    };
  }, [k]);
  const stage = useMemo(() => (step ? { map: step } : null), [step]);
  if (!view || !stage || !scale) return null;
  return (
    <div className="kernel-gradient" data-kernel-gradient={k}>
      <MapCard
        mapId={`grad-kernel-${k}`}
        title={t.kernelTitle(k + 1)}
        stage={stage}
        scale={scale}
        showValues={false}
        ownLegend={false}
        handlers={handlers}
        highlighted={probe ? new Set([probe.index]) : undefined}
      >
        <span className="kernel-gradient-caption" aria-hidden="true">
          {t.stepCaption}
        </span>
      </MapCard>
      {probe && (
        <Explanation g={view.g} k={k} index={probe.index} pinned={probe.pinned} rate={rate} />
      )}
    </div>
  );
}

/** The chain rule for the weight pointed at, in a box beside the kernel's step. */
function Explanation({
  g,
  k,
  index,
  pinned,
  rate,
}: {
  readonly g: PageGradients;
  readonly k: number;
  readonly index: number;
  readonly pinned: boolean;
  readonly rate: number;
}) {
  const t = useMessages().gradients;
  const anchor = useRef<HTMLSpanElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const explained = kernelWeightGradient(g, k, index);
  const width = g.kernels[k]!.width;
  // Beside the step map, kept inside the window: measured when shown and as the page moves.
  useLayoutEffect(() => {
    const place = () => {
      const map = anchor.current?.closest('.kernel-gradient')?.getBoundingClientRect();
      const own = box.current?.getBoundingClientRect();
      if (!map) return;
      const w = own?.width ?? 320;
      const h = own?.height ?? 200;
      const left = Math.max(4, Math.min(map.right + 8, window.innerWidth - w - 4));
      const top = Math.max(4, Math.min(map.top, window.innerHeight - h - 4));
      setAt((p) => (p && p.left === left && p.top === top ? p : { left, top }));
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [index]);
  useEffect(() => {
    if (!pinned) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') gradientView.setProbe(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [pinned]);
  if (!explained) return null;
  return (
    <span ref={anchor} hidden>
      {createPortal(
        <div
          ref={box}
          className="kernel-gradient-pop"
          data-pinned={pinned}
          style={at ? { left: at.left, top: at.top } : { visibility: 'hidden' }}
        >
          <WeightGradient
            title={t.weightTitle(k + 1, Math.floor(index / width) + 1, (index % width) + 1)}
            explained={explained}
            windows={g.features[k]!.data.length}
            rate={rate}
          />
          {pinned && (
            <button
              type="button"
              className="kernel-gradient-unpin"
              data-action="unpin-gradient"
              onClick={() => gradientView.setProbe(null)}
            >
              {t.unpin}
            </button>
          )}
        </div>,
        document.body,
      )}
    </span>
  );
}
