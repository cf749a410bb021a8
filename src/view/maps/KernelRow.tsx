import type { KernelResult, Matrix, PipelineConfig, Stage } from '../../core';
import { memo, useMemo, type ReactNode } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Display, HistoryAction } from '../../state';
import { KernelControls } from './KernelControls';
import { KernelSlices } from './KernelSlices';
import { KernelGradient } from '../gradients/KernelGradient';
import type { GrayScale } from '../../present/grayScale';
import { MapCard, type ProbeHandlers } from './MapCard';
import type { LiveMapKind, LiveMatrix } from './liveMaps';
import { mapId, type Highlights, type MapKind } from '../../present/probe';
import type { StageKey } from '../../present/stageScales';

interface KernelRowProps {
  /** Kernel index, from 0. */
  readonly k: number;
  readonly kernel: Matrix;
  readonly result: KernelResult;
  readonly config: PipelineConfig;
  readonly display: Display;
  readonly scaleFor: (stage: StageKey, map: Matrix | null) => GrayScale;
  readonly highlights: Highlights;
  readonly handlersFor: (map: MapKind, k: number) => ProbeHandlers;
  /** The map being stepped through and how many of its cells are shown, if any. */
  readonly stepping?: { readonly map: MapKind; readonly revealed: number } | undefined;
  readonly count: number;
  readonly dispatch: (action: HistoryAction) => void;
  /** A colour picture's green and blue slices of this kernel (`kernel` is its red one). */
  readonly slices?: readonly [Matrix, Matrix] | undefined;
  /**
   * The maps' newest numbers (liveMaps): with them, `result` need only have the maps' shapes,
   * and a change of numbers alone repaints the maps without rendering this row.
   */
  readonly live?: ((map: LiveMapKind, k: number) => LiveMatrix) | undefined;
}

/** An arrow between two maps, labelled with the operation. */
export const Op = memo(function Op({
  label,
  note,
}: {
  readonly label: string;
  readonly note?: string | undefined;
}) {
  return (
    <div className="op" aria-hidden="true">
      <span className="op-label">{label}</span>
      <span className="op-arrow">→</span>
      {note && <span className="op-note">{note}</span>}
    </div>
  );
});

/**
 * One kernel's row: kernel -> feature map -> pooled and activated maps. In the seed's
 * (branch) order both the pooled and the activated map come from the feature map; in the
 * chain order the activated map is pooled.
 */
export const KernelRow = memo(function KernelRow(props: KernelRowProps) {
  const { k, kernel, result, config, display, scaleFor, highlights, handlersFor, stepping } = props;
  const { count, dispatch, slices, live } = props;
  const t = useMessages();
  const n = k + 1;
  const card = (
    map: Exclude<MapKind, 'input'>,
    title: string,
    stage: Stage,
    key: StageKey,
    children?: ReactNode,
  ) => (
    <MapCard
      mapId={mapId(map, k)}
      title={title}
      stage={stage}
      scale={scaleFor(key, stage.map)}
      showValues={display.showValues}
      ownLegend={display.colorMode === 'perMap'}
      highlighted={highlights.get(mapId(map, k))}
      handlers={map === 'kernel' ? kernelHandlers : handlersFor(map, k)}
      revealed={stepping?.map === map ? stepping.revealed : undefined}
      live={map === 'kernel' ? undefined : live?.(map, k)}
    >
      {children}
    </MapCard>
  );
  // A click on a weight cycles it (-1, 0, +1); pointing at it explains nothing. The kernel's
  // card keeps the same props while only the input changes, so its memo holds.
  const kernelHandlers = useMemo(
    () => ({
      onProbe: (index: number | null) => handlersFor('kernel', k).onProbe(index),
      onPin: (index: number) => dispatch({ type: 'cycleWeight', k, index }),
    }),
    [handlersFor, dispatch, k],
  );
  const kernelStage = useMemo(() => ({ map: kernel }), [kernel]);
  // Only a colour kernel's slices follow the outlines (a gray kernel's controls stay memo'd).
  const sliceCells = slices ? highlights.get(mapId('kernel', k)) : undefined;
  const controls = useMemo(
    () => (
      <>
        {slices && (
          <KernelSlices
            k={k}
            slices={slices}
            scale={(m) => scaleFor('kernels', m)}
            showValues={display.showValues}
            onProbe={kernelHandlers.onProbe}
            dispatch={dispatch}
            highlighted={sliceCells}
          />
        )}
        {/* Beside the kernel while the gradients are shown: its step (issue 12). */}
        <KernelGradient k={k} />
        <KernelControls k={k} kernel={kernel} count={count} dispatch={dispatch} />
      </>
    ),
    [k, kernel, count, dispatch, slices, scaleFor, display.showValues, kernelHandlers, sliceCells],
  );
  const cells = kernel.height * kernel.width * (slices ? 3 : 1);
  const divisor = config.conv.normalize ? cells : 1;
  const pool = card('pool', t.pooledMap(n), result.pooled, 'pooled');
  const act = card('relu', t.activatedMap(n, config.activation), result.activated, 'activated');
  const poolOp = <Op label={t.opPool(config.pool.kind, config.pool.size)} />;
  const actOp = (note?: string) => <Op label={t.activationName(config.activation)} note={note} />;
  return (
    <div className="kernel-row" data-kernel={k}>
      {card(
        'kernel',
        slices ? t.color.slice(n, 'red') : t.kernel(n),
        kernelStage,
        'kernels',
        controls,
      )}
      <Op label={t.opConv(divisor)} />
      {card('conv', t.featureMap(n), result.feature, 'feature')}
      {config.order === 'chain' ? (
        <>
          {actOp()}
          {act}
          {poolOp}
          {pool}
        </>
      ) : (
        <>
          {poolOp}
          {pool}
          {actOp(t.opFromFeature)}
          {act}
        </>
      )}
    </div>
  );
});
