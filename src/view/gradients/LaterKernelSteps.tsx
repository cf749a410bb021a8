import { memo, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { stepOf, symmetricScale } from '../../present/gradientLegend';
import { laterKernelGradients, weightGradient } from '../../present/gradients';
import type { Store } from '../../state';
import { useStoreSelector } from '../app/useStore';
import { MapCard, type ProbeHandlers } from '../maps/MapCard';
import { useGradientView } from './gradientView';
import { usePageGradients } from './usePageGradients';
import { WeightGradient } from './WeightGradient';

/**
 * Under a later block's kernel, while the gradients are shown: each slice's step for one
 * training step on the picture (minus d loss / d weight, maps `grad-kernel{B}-{K}-{C}`), and,
 * for the weight pointed at, focused or tapped, its gradient by the chain rule through the
 * maps of the block before. Hidden, it reads nothing from the page's state.
 */
export const LaterKernelSteps = memo(function LaterKernelSteps(props: {
  readonly b: number;
  readonly k: number;
  readonly convAt: number;
}) {
  const shown = useGradientView((v) => v.shown);
  const store = useGradientView((v) => v.store);
  if (!shown || !store) return null;
  return <Shown store={store} {...props} />;
});

function Shown({
  store,
  b,
  k,
  convAt,
}: {
  readonly store: Store;
  readonly b: number;
  readonly k: number;
  readonly convAt: number;
}) {
  const t = useMessages().gradients;
  const label = useGradientView((v) => v.label);
  const view = usePageGradients(store, label);
  const rate = useStoreSelector(store, (s) => s.training.learningRate);
  const later = useMemo(() => (view ? laterKernelGradients(view.g, convAt) : null), [view, convAt]);
  const [probe, setProbe] = useState<{ c: number; index: number; pinned: boolean } | null>(null);
  const steps = useMemo(() => later?.slices[k]?.map(stepOf) ?? [], [later, k]);
  const handlers = useMemo(
    () =>
      steps.map((_, c): ProbeHandlers => ({
        onProbe: (index) =>
          setProbe((p) => (p?.pinned ? p : index === null ? null : { c, index, pinned: false })),
        onPin: (index) =>
          setProbe((p) =>
            p?.pinned && p.c === c && p.index === index ? null : { c, index, pinned: true },
          ),
      })),
    [steps],
  );
  if (!later || steps.length === 0) return null;
  const explained =
    probe && later.sources[probe.c] && later.features[k]
      ? weightGradient(later.conv, later.sources[probe.c]!, later.features[k]!, probe.index)
      : null;
  const width = later.conv.kernelWidth;
  return (
    <div className="later-kernel-steps" data-later-steps={`${b}-${k}`}>
      <div className="slices">
        {steps.map((step, c) => (
          <MapCard
            key={c}
            mapId={`grad-kernel${b}-${k}-${c}`}
            title={`${t.stepCaption} ${c + 1}`}
            stage={{ map: step }}
            scale={symmetricScale(step)}
            showValues={false}
            ownLegend={false}
            handlers={handlers[c]}
            highlighted={probe?.c === c ? new Set([probe.index]) : undefined}
          />
        ))}
      </div>
      {probe && explained && (
        <WeightGradient
          title={t.laterWeightTitle(
            b,
            k + 1,
            probe.c + 1,
            Math.floor(probe.index / width) + 1,
            (probe.index % width) + 1,
          )}
          explained={explained}
          windows={later.features[k]!.data.length}
          rate={rate}
          source={probe.c + 1}
        />
      )}
    </div>
  );
}
