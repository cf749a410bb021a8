import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { LIMITS, type HistoryAction } from '../../state';
import type { Block } from '../../state/block';
import { ACTIVATIONS, POOL_EDGES, POOL_KINDS } from '../../state/settingChoices';

const range = ([lo, hi]: readonly [number, number]) =>
  Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

/** A later block's own settings: stride, padding, dilation, divisor, activation, pooling. */
export const BlockSettings = memo(function BlockSettings({
  b,
  block,
  dispatch,
}: {
  readonly b: number;
  readonly block: Block;
  readonly dispatch: (action: HistoryAction) => void;
}) {
  const t = useMessages();
  const { conv, pool, activation } = block;
  const select = (
    label: string,
    value: string | number,
    options: readonly (string | number)[],
    name: (o: string | number) => string,
    set: (v: string) => void,
  ) => (
    <label className="block-setting">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {name(o)}
          </option>
        ))}
      </select>
    </label>
  );
  const num = (o: string | number) => String(o);
  return (
    <div className="block-settings" data-block-settings={b}>
      {select(t.stride, conv.stride, range(LIMITS.convStride), num, (v) =>
        dispatch({ type: 'setBlockConv', b, conv: { stride: Number(v) } }),
      )}
      {select(t.padding0, conv.padding, range(LIMITS.padding), num, (v) =>
        dispatch({ type: 'setBlockConv', b, conv: { padding: Number(v) } }),
      )}
      {select(t.dilation, conv.dilation, range(LIMITS.dilation), num, (v) =>
        dispatch({ type: 'setBlockConv', b, conv: { dilation: Number(v) } }),
      )}
      <label className="block-setting">
        <input
          type="checkbox"
          checked={conv.normalize}
          onChange={(e) =>
            dispatch({ type: 'setBlockConv', b, conv: { normalize: e.target.checked } })
          }
        />
        <span>{t.blockDivide}</span>
      </label>
      {select(
        t.activation,
        activation,
        ACTIVATIONS,
        (o) => t.activationName(o as never),
        (v) => dispatch({ type: 'setBlockActivation', b, activation: v as Block['activation'] }),
      )}
      {select(
        t.pooling,
        pool.kind,
        POOL_KINDS,
        (o) => t.poolKindName(o as never),
        (v) => dispatch({ type: 'setBlockPool', b, pool: { kind: v as Block['pool']['kind'] } }),
      )}
      {select(
        t.windowSize,
        pool.size,
        range(LIMITS.poolSize),
        (o) => `${o}x${o}`,
        (v) => dispatch({ type: 'setBlockPool', b, pool: { size: Number(v), stride: Number(v) } }),
      )}
      {select(
        t.edge,
        pool.edge,
        POOL_EDGES,
        (o) => t.edgeName(o as never),
        (v) => dispatch({ type: 'setBlockPool', b, pool: { edge: v as Block['pool']['edge'] } }),
      )}
    </div>
  );
});
