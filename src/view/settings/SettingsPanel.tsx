import { useMemo, type ReactNode } from 'react';
import {
  type ActivationKind,
  type Matrix,
  type PipelineConfig,
  type PoolEdge,
  type StageOrder,
} from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { LIMITS, type HistoryAction, type Store } from '../../state';
import type { ColorChannels } from '../../state/colorChannels';
import { ACTIVATIONS, POOL_EDGES, POOL_KINDS, STAGE_ORDERS } from '../../state/settingChoices';
import { useStoreSelector } from '../app/useStore';
import { formatValue } from '../../present/format';
import { orderGap } from '../../present/orderGap';
import { NumberField } from '../shared/NumberField';

interface SettingsPanelProps {
  readonly input: Matrix;
  readonly kernels: readonly Matrix[];
  readonly config: PipelineConfig;
  readonly dispatch: (action: HistoryAction) => void;
  /** A colour picture's other channels and slices. */
  readonly color?: ColorChannels | null;
}

const range = ([lo, hi]: readonly [number, number]) =>
  Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

function Choice<T extends string | number>(props: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly (readonly [T, string])[];
  readonly onChange: (v: T) => void;
  readonly name: string;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={String(props.value)}
        onChange={(e) => {
          const hit = props.options.find(([v]) => String(v) === e.target.value);
          if (hit) props.onChange(hit[0]);
        }}
      >
        {props.options.map(([v, text]) => (
          <option key={String(v)} value={String(v)}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Fieldset({ legend, children }: { readonly legend: string; readonly children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Every setting of the pipeline; each change recomputes every stage at once. */
export function SettingsPanel({ input, kernels, config, dispatch, color }: SettingsPanelProps) {
  const t = useMessages();
  const { conv, pool } = config;
  const gap = useMemo(
    () => orderGap(input, kernels, config, color ?? null),
    [input, kernels, config, color],
  );
  const setConv = (c: Partial<PipelineConfig['conv']>) => dispatch({ type: 'setConv', conv: c });
  const setPool = (p: Partial<PipelineConfig['pool']>) => dispatch({ type: 'setPool', pool: p });
  const nums = (r: readonly [number, number]) => range(r).map((v) => [v, String(v)] as const);
  return (
    <div className="settings-panel">
      <Fieldset legend={t.gridSize}>
        <NumberField
          name="rows"
          label={t.rows}
          value={input.height}
          integer={LIMITS.grid}
          commit="enter"
          onValid={(height) => dispatch({ type: 'resizeInput', height, width: input.width })}
        />
        <NumberField
          name="columns"
          label={t.columns}
          value={input.width}
          integer={LIMITS.grid}
          commit="enter"
          onValid={(width) => dispatch({ type: 'resizeInput', height: input.height, width })}
        />
      </Fieldset>
      <Fieldset legend={t.convolution}>
        <Choice
          name="stride"
          label={t.stride}
          value={conv.stride}
          options={nums(LIMITS.convStride)}
          onChange={(stride) => setConv({ stride })}
        />
        <Choice
          name="padding"
          label={t.padding0}
          value={conv.padding}
          options={nums(LIMITS.padding)}
          onChange={(padding) => setConv({ padding })}
        />
        <Choice
          name="dilation"
          label={t.dilation}
          value={conv.dilation}
          options={nums(LIMITS.dilation)}
          onChange={(dilation) => setConv({ dilation })}
        />
        <NumberField
          name="bias"
          label={t.bias}
          value={conv.bias}
          onValid={(bias) => dispatch({ type: 'setConv', conv: { bias }, group: 'bias' })}
        />
        <label className="check">
          <input
            type="checkbox"
            name="normalize"
            checked={conv.normalize}
            onChange={(e) => setConv({ normalize: e.target.checked })}
          />
          {t.normalize}
        </label>
      </Fieldset>
      <Fieldset legend={t.pooling}>
        <Choice
          name="poolKind"
          label={t.pooling}
          value={pool.kind}
          options={POOL_KINDS.map((k) => [k, t.poolKindName(k)] as const)}
          onChange={(kind) => setPool({ kind })}
        />
        <Choice
          name="poolSize"
          label={t.windowSize}
          value={pool.size}
          options={nums(LIMITS.poolSize)}
          onChange={(size) => setPool({ size })}
        />
        <Choice
          name="poolStride"
          label={t.stride}
          value={pool.stride}
          options={nums(LIMITS.poolStride)}
          onChange={(stride) => setPool({ stride })}
        />
        <Choice<PoolEdge>
          name="edge"
          label={t.edge}
          value={pool.edge}
          options={POOL_EDGES.map((e) => [e, t.edgeName(e)] as const)}
          onChange={(edge) => setPool({ edge })}
        />
      </Fieldset>
      <Fieldset legend={t.activation}>
        <Choice<ActivationKind>
          name="activation"
          label={t.activation}
          value={config.activation}
          options={ACTIVATIONS.map((a) => [a, t.activationName(a)] as const)}
          onChange={(activation) => dispatch({ type: 'setActivation', activation })}
        />
      </Fieldset>
      <Fieldset legend={t.order}>
        {STAGE_ORDERS.map((order: StageOrder) => (
          <label key={order} className="check">
            <input
              type="radio"
              name="order"
              value={order}
              checked={config.order === order}
              onChange={() => dispatch({ type: 'setOrder', order })}
            />
            {t.orderName(order)}
          </label>
        ))}
        <p className="note">{t.orderWhy}</p>
        <p className="note strong" data-order-gap={String(gap)}>
          {gap === 0 ? t.orderSame : t.orderDiffer(formatValue(gap))}
        </p>
        <button
          type="button"
          data-action="try-avg-tanh"
          onClick={() => {
            // One undo step for both changes.
            const group = `try ${Date.now()}`;
            dispatch({ type: 'setPool', pool: { kind: 'avg' }, group });
            dispatch({ type: 'setActivation', activation: 'tanh', group });
          }}
        >
          {t.tryAvgTanh}
        </button>
      </Fieldset>
    </div>
  );
}

/** The settings panel subscribed to the store: it renders only while the menu is open. */
export function StoreSettingsPanel({ store }: { readonly store: Store }) {
  const input = useStoreSelector(store, (s) => s.input);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const color = useStoreSelector(store, (s) => s.color);
  return (
    <SettingsPanel
      input={input}
      kernels={kernels}
      config={config}
      color={color}
      dispatch={store.dispatch}
    />
  );
}
