import { memo, useEffect, useMemo, useState } from 'react';
import { extent, type Matrix, type Network, type Tensor } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { blockMapId, blockMaps, explainLaterCell, type BlockAt } from '../../present/blockMaps';
import type { GrayScale } from '../../present/grayScale';
import { scaleOf } from '../../present/stageScales';
import { cycleWeight, LIMITS, type Display, type HistoryAction } from '../../state';
import type { Block } from '../../state/block';
import { Op } from '../maps/KernelRow';
import { MapCard, type ProbeHandlers } from '../maps/MapCard';
import type { Highlights } from '../../present/probe';
import { LaterCellExplanation } from './LaterCellExplanation';
import { LaterKernelSteps } from '../gradients/LaterKernelSteps';

interface BlockSectionProps {
  /** The block's number on the page, from 2. */
  readonly b: number;
  readonly block: Block;
  readonly at: BlockAt;
  readonly network: Network;
  readonly outputs: readonly Tensor[];
  readonly display: Display;
  readonly dispatch: (action: HistoryAction) => void;
  readonly settings: React.ReactNode;
  /** The feature-map cell explained now (kernel, index), or null: the page outlines its region. */
  readonly onProbe: (b: number, probe: { k: number; index: number } | null) => void;
  /** Cells to outline in this block's maps, by map id. */
  readonly highlights?: Highlights | undefined;
}

/** One scale over every map of a stage in this block (or each map its own, per-map mode). */
function scaler(display: Display, maps: readonly Matrix[]): (m: Matrix) => GrayScale {
  if (display.colorMode === 'perMap') return (m) => scaleOf(display.colorMap, extent(m));
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of maps) {
    const [a, z] = extent(m);
    lo = Math.min(lo, a);
    hi = Math.max(hi, z);
  }
  const shared = scaleOf(display.colorMap, [lo, hi]);
  return () => shared;
}

const none: ProbeHandlers = { onProbe: () => {}, onPin: () => {} };

/**
 * A block after the first: each kernel as its stack of slices (one per channel of the block
 * before), its feature map (the sum over slices, divided, plus the bias), its activated map
 * and its pooled map. Pointing at a feature-map cell explains it channel by channel.
 */
export const BlockSection = memo(function BlockSection(props: BlockSectionProps) {
  const { b, block, at, network, outputs, display, dispatch, settings, onProbe, highlights } =
    props;
  const t = useMessages();
  const [probe, setProbe] = useState<{ k: number; index: number; pinned: boolean } | null>(null);
  useEffect(() => onProbe(b, probe && { k: probe.k, index: probe.index }), [onProbe, b, probe]);
  const maps = useMemo(() => blockMaps(outputs, at), [outputs, at]);
  const scales = useMemo(
    () => ({
      kernel: scaler(display, block.kernels.flat()),
      feature: scaler(
        display,
        maps.map((m) => m.feature),
      ),
      activated: scaler(
        display,
        maps.map((m) => m.activated),
      ),
      pooled: scaler(
        display,
        maps.map((m) => m.pooled),
      ),
    }),
    [display, block.kernels, maps],
  );
  const explanation = useMemo(
    () => (probe ? explainLaterCell(network, outputs, at.conv, probe.k, probe.index) : null),
    [probe, network, outputs, at.conv],
  );
  const convLayer = network.layers[at.conv];
  const divisor = convLayer?.type === 'conv2d' ? convLayer.divisor : 1;
  const card = (id: string, title: string, map: Matrix, scale: GrayScale, handlers = none) => (
    <MapCard
      key={id}
      mapId={id}
      title={title}
      stage={{ map }}
      scale={scale}
      showValues={display.showValues}
      ownLegend={display.colorMode === 'perMap'}
      handlers={handlers}
      highlighted={highlights?.get(id)}
    />
  );
  return (
    <section className="block" data-block={b} aria-label={t.blockTitle(b)}>
      <header className="block-head">
        <h2>{t.blockTitle(b)}</h2>
        <span className="block-about">
          {t.blockAbout(block.kernels.length, block.kernels[0]?.length ?? 0)}
        </span>
        <button
          type="button"
          data-action="remove-block"
          aria-label={t.removeBlock(b)}
          title={t.removeBlock(b)}
          onClick={() => dispatch({ type: 'removeBlock', b })}
        >
          ✕
        </button>
      </header>
      {settings}
      {block.kernels.map((slices, k) => {
        const m = maps[k];
        if (!m) return null;
        const n = k + 1;
        const feature: ProbeHandlers = {
          onProbe: (index) =>
            setProbe((p) => (p?.pinned ? p : index === null ? null : { k, index, pinned: false })),
          onPin: (index) => setProbe({ k, index, pinned: true }),
        };
        return (
          <div className="kernel-row block-row" data-kernel={k} key={k}>
            <div className="slices" data-slices={blockMapId('kernel', b, k)}>
              {slices.map((slice, c) =>
                card(`kernel${b}-${k}-${c}`, t.blockSlice(n, c + 1), slice, scales.kernel(slice), {
                  onProbe: () => {},
                  onPin: (index) =>
                    dispatch({
                      type: 'setBlockWeight',
                      b,
                      k,
                      c,
                      index,
                      value: cycleWeight(slice.data[index]!),
                    }),
                }),
              )}
              <button
                type="button"
                className="remove-block-kernel"
                data-action="remove-block-kernel"
                aria-label={t.removeKernel(n)}
                title={t.removeKernel(n)}
                disabled={block.kernels.length <= LIMITS.kernels[0]}
                onClick={() => dispatch({ type: 'removeBlockKernel', b, k })}
              >
                ✕
              </button>
              {/* While the gradients are shown: each slice's step, under the slices (issue 12). */}
              <LaterKernelSteps b={b} k={k} convAt={at.conv} />
            </div>
            <Op label={t.opConv(divisor)} note={t.blockSumNote} />
            {card(
              blockMapId('conv', b, k),
              t.featureMap(n),
              m.feature,
              scales.feature(m.feature),
              feature,
            )}
            <Op label={t.activationName(block.activation)} />
            {card(
              blockMapId('relu', b, k),
              t.activatedMap(n, block.activation),
              m.activated,
              scales.activated(m.activated),
            )}
            <Op label={t.opPool(block.pool.kind, block.pool.size)} />
            {card(blockMapId('pool', b, k), t.pooledMap(n), m.pooled, scales.pooled(m.pooled))}
          </div>
        );
      })}
      <div className="block-foot">
        <button
          type="button"
          data-action="add-block-kernel"
          disabled={block.kernels.length >= LIMITS.kernels[1]}
          onClick={() => dispatch({ type: 'addBlockKernel', b })}
        >
          {t.addKernel}
        </button>
      </div>
      {explanation && probe && (
        <LaterCellExplanation
          title={t.cellAt(
            t.featureMap(probe.k + 1),
            Math.floor(probe.index / maps[probe.k]!.feature.width) + 1,
            (probe.index % maps[probe.k]!.feature.width) + 1,
          )}
          explanation={explanation}
          pinned={probe.pinned}
          onUnpin={() => setProbe(null)}
        />
      )}
    </section>
  );
});
