import type { KernelResult, Matrix, PipelineConfig, Stage } from '../core';
import { useMessages } from '../i18n/I18nContext';
import type { Display } from '../state';
import type { GrayScale } from './grayScale';
import { MapCard } from './MapCard';
import type { StageKey } from './stageScales';

interface KernelRowProps {
  /** Kernel index, from 0. */
  readonly k: number;
  readonly kernel: Matrix;
  readonly result: KernelResult;
  readonly config: PipelineConfig;
  readonly display: Display;
  readonly scaleFor: (stage: StageKey, map: Matrix | null) => GrayScale;
}

/** An arrow between two maps, labelled with the operation. */
export function Op({
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
}

/**
 * One kernel's row: kernel -> feature map -> pooled and activated maps. In the seed's
 * (branch) order both the pooled and the activated map come from the feature map; in the
 * chain order the activated map is pooled.
 */
export function KernelRow({ k, kernel, result, config, display, scaleFor }: KernelRowProps) {
  const t = useMessages();
  const n = k + 1;
  const card = (mapId: string, title: string, stage: Stage, key: StageKey) => (
    <MapCard
      mapId={mapId}
      title={title}
      stage={stage}
      scale={scaleFor(key, stage.map)}
      showValues={display.showValues}
      ownLegend={display.colorMode === 'perMap'}
    />
  );
  const divisor = config.conv.normalize ? kernel.height * kernel.width : 1;
  const pool = card(`pool-${k}`, t.pooledMap(n), result.pooled, 'pooled');
  const act = card(
    `relu-${k}`,
    t.activatedMap(n, config.activation),
    result.activated,
    'activated',
  );
  const poolOp = <Op label={t.opPool(config.pool.kind, config.pool.size)} />;
  const actOp = (note?: string) => <Op label={t.activationName(config.activation)} note={note} />;
  return (
    <div className="kernel-row" data-kernel={k}>
      {card(`kernel-${k}`, t.kernel(n), { map: kernel }, 'kernels')}
      <Op label={t.opConv(divisor)} />
      {card(`conv-${k}`, t.featureMap(n), result.feature, 'feature')}
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
}
