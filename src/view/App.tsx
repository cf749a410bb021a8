import { useCallback, useMemo, type CSSProperties } from 'react';
import { runPipeline, type Matrix } from '../core';
import { I18nProvider, MESSAGES } from '../i18n/I18nContext';
import type { Store } from '../state';
import { InputGrid } from './InputGrid';
import { KernelRow } from './KernelRow';
import { Legend } from './Legend';
import { stageDomains } from './stageDomains';
import { scaleForMap, stageScales, type StageKey } from './stageScales';
import { Toolbar } from './Toolbar';
import { useStoreState } from './useStore';

/**
 * The whole page. It stores nothing itself: every map is derived from the store's state
 * (input, kernels, settings) through the core's pipeline on each render.
 */
export function App({ store }: { readonly store: Store }) {
  const state = useStoreState(store);
  const { input, kernels, config, display } = state;
  const t = MESSAGES[state.language];
  const results = useMemo(() => runPipeline(input, kernels, config), [input, kernels, config]);
  const scales = useMemo(() => stageScales(stageDomains(kernels, config)), [kernels, config]);
  const scaleFor = useCallback(
    (stage: StageKey, map: Matrix | null) => scaleForMap(display.colorMode, scales, stage, map),
    [display.colorMode, scales],
  );
  const shared = display.colorMode === 'shared';
  const activation = t.stageActivated(config.activation);
  const heads: [StageKey, string, string | undefined][] = [
    ['kernels', t.stageKernels, undefined],
    ['feature', t.stageFeature, undefined],
    ['pooled', t.stagePoolTitle(config.pool.kind, config.pool.size, config.pool.stride), undefined],
    ['activated', activation, config.order === 'branch' ? t.stageFromFeature : undefined],
  ];
  if (config.order === 'chain') heads.splice(2, 2, heads[3]!, heads[2]!);

  return (
    <I18nProvider value={t}>
      <div className="app" lang={state.language === 'zh' ? 'zh-CN' : 'en'}>
        <header className="app-header">
          <h1>
            {t.appTitle}
            <span className="tagline">{t.tagline}</span>
          </h1>
          <Toolbar state={state} dispatch={store.dispatch} />
        </header>
        <main className="board">
          <section className="input-panel" aria-labelledby="input-title">
            <h2 id="input-title">
              {t.input}
              <span className="size"> · {`${input.height}x${input.width}`}</span>
            </h2>
            <InputGrid
              input={input}
              scale={scaleFor('input', input)}
              showValues={display.showValues}
              dispatch={store.dispatch}
            />
            <Legend scale={scaleFor('input', input)} label={t.stageInput} />
            <p className="hint">{t.editHint}</p>
          </section>
          <section className="stages" style={{ '--kernels': kernels.length } as CSSProperties}>
            <div className="stage-heads">
              {heads.map(([key, title, note]) => (
                <div key={key} className="stage-head" data-stage={key}>
                  <h2>{title}</h2>
                  {note && <span className="op-note">{note}</span>}
                  {shared && <Legend scale={scales[key]} label={title} />}
                </div>
              ))}
            </div>
            {kernels.map((kernel, k) => (
              <KernelRow
                key={k}
                k={k}
                kernel={kernel}
                result={results[k]!}
                config={config}
                display={display}
                scaleFor={scaleFor}
              />
            ))}
          </section>
        </main>
      </div>
    </I18nProvider>
  );
}
