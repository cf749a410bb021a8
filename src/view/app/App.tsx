import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { Matrix } from '../../core';
import { ChannelMaps } from '../input/ChannelMaps';
import { I18nProvider, MESSAGES } from '../../i18n/I18nContext';
import type { Messages } from '../../i18n/messages';
import { LIMITS, type LinkPart, type Store } from '../../state';
import { KERNEL_PRESETS, kernelPreset, presetOf } from '../../state/kernelPresets';
import { explain } from '../../present/explain';
import { DecisionBadge } from '../decision/DecisionBadge';
import { DecisionPanel } from '../decision/DecisionPanel';
import { ExportMenu } from '../export/ExportMenu';
import { ExplainPanel } from '../explain/ExplainPanel';
import { InputGrid } from '../input/InputGrid';
import { InputTools } from '../input/InputTools';
import { KernelRow } from '../maps/KernelRow';
import { LaterBlocks } from '../blocks/LaterBlocks';
import { AddBlockButton } from '../blocks/AddBlockButton';
import { DrawingsPanel } from '../drawings/DrawingsPanel';
import { GradientPanel } from '../gradients/GradientPanel';
import { Legend } from '../maps/Legend';
import { Notice } from './Notice';
import { ShareButton } from '../share/ShareButton';
import { LessonBar } from '../lesson/LessonBar';
import { LessonButtons } from '../lesson/LessonButtons';
import { useLessonController } from '../lesson/useLesson';
import { useLessonRoot } from '../lesson/useLessonRoot';
import { TrainPanel } from '../train/TrainPanel';
import { KeptNotice } from '../snapshots/KeptNotice';
import { SnapshotsButton } from '../snapshots/SnapshotsButton';
import type { Snapshot } from '../../state/snapshots';
import { highlightsFor, type Highlights, type Probe } from '../../present/probe';
import { mergeHighlights } from '../../present/blockRegion';
import { stageColumns, stageTitles } from '../../present/stages';
import { StepControls } from '../maps/StepControls';
import { SettingsMenu } from '../settings/SettingsMenu';
import { StoreSettingsPanel } from '../settings/SettingsPanel';
import { Toolbar } from './Toolbar';
import { UndoRedo } from './UndoRedo';
import { useProbes } from '../explain/useProbes';
import { useStepper } from '../maps/useStepper';
import { useStoreState } from './useStore';
import { usePresentation } from './usePresentation';
import { usePresenterKeys } from './usePresenterKeys';
import { PresentationControls } from './PresentationControls';
import { useFirstBlock } from './useFirstBlock';
import { useUndoKeys } from './useUndoKeys';
import { liveMaps } from '../maps/liveMaps';
import { sameStructure } from '../../present/firstBlock';
import { sameHighlights } from '../../present/sameHighlights';
import { useKept } from '../shared/useKept';

function probeTitle(t: Messages, p: Probe, activation: Parameters<Messages['activatedMap']>[1]) {
  const n = p.k + 1;
  switch (p.map) {
    case 'input':
      return t.input;
    case 'kernel':
      return t.kernel(n);
    case 'conv':
      return t.featureMap(n);
    case 'pool':
      return t.pooledMap(n);
    case 'relu':
      return t.activatedMap(n, activation);
  }
}

/** The first preset no kernel uses yet, for a new kernel. */
function nextPreset(kernels: readonly Matrix[]) {
  const used = new Set(kernels.map(presetOf));
  return KERNEL_PRESETS.find((p) => !used.has(p)) ?? 'identity';
}

/**
 * The whole page. It stores nothing itself: every map is derived from the store's state
 * (input, kernels, settings) through the core's pipeline on each render; hover, pins and
 * stepping are view state that only choose what to explain.
 */
interface AppProps {
  readonly store: Store;
  /** Parts of the starting link that could not be read. */
  readonly initialProblems?: readonly LinkPart[];
  /** Subscribes to links opened later in this tab; returns the unsubscribe function. */
  readonly onLink?: (listener: (problems: readonly LinkPart[]) => void) => () => void;
  /** The saved work the starting link replaced, kept as a snapshot (issue 11). */
  readonly kept?: Snapshot | null;
}

export function App({ store, initialProblems = [], onLink, kept = null }: AppProps) {
  const state = useStoreState(store);
  const [problems, setProblems] = useState(initialProblems);
  useEffect(() => onLink?.(setProblems), [onLink]);
  useUndoKeys(store);
  // Lessons (issue 13): the lesson followed, the controls a link hides, the maps a question hides.
  const lessons = useLessonController(store);
  const lessonRoot = useLessonRoot(lessons, state.language);
  const [presenting, setPresenting] = usePresentation();
  usePresenterKeys(presenting);
  const { input, kernels, config, display, color } = state;
  const t = MESSAGES[state.language];
  useEffect(() => {
    document.title = t.appTitle;
    document.documentElement.lang = state.language === 'zh' ? 'zh-CN' : 'en';
  }, [t, state.language]);
  const { parts: colorParts, results, scales, scaleFor } = useFirstBlock(state);
  const probes = useProbes();

  // Stepping through: the map being filled in, and the window of its newest cell.
  const s = useStepper(
    (k, stage) =>
      (stage === 'conv' ? results[k]?.feature.map : results[k]?.pooled.map)?.data.length ?? 0,
    results,
    kernels.length,
  );
  // The window being shown while stepping; once the map is complete, pointing explains again.
  const stepping = s.step > 0 && (s.playing || s.step < s.total);
  const stepProbe: Probe | null = stepping ? { map: s.stage, k: s.k, index: s.step - 1 } : null;
  const active = stepProbe ?? probes.active;
  // A cell of a later block outlines what it is made of in the first block's maps and the picture.
  const [blockHighlights, setBlockHighlights] = useState<Highlights | null>(null);
  const [highlights, explanation] = useMemo(() => {
    const ctx = { input, kernels, config, results, ...(colorParts && { color: colorParts }) };
    const own = highlightsFor(active, ctx);
    return [mergeHighlights(own, blockHighlights), explain(active, ctx)] as const;
  }, [active, input, kernels, config, results, blockHighlights, colorParts]);
  // A pixel click changes the maps' numbers, not their shapes: the kernels' rows keep the
  // results they rendered and their maps repaint from the store (liveMaps). Maps scaled to
  // their own range change their legends with their numbers, so they render each time.
  const live = useMemo(() => liveMaps(store), [store]);
  const perMap = display.colorMode === 'perMap';
  const shaped = useKept(results, sameStructure);
  const rowResults = perMap ? results : shaped;
  const rowHighlights = useKept(highlights, sameHighlights);

  // The header reads the state only through its own subscriptions (undo, the open menus), so
  // a click on the picture leaves it as it was.
  const { dispatch } = store;
  const header = useMemo(
    () => (
      <header className="app-header">
        <h1>
          {t.appTitle}
          <span className="tagline">{t.tagline}</span>
        </h1>
        <LessonButtons store={store} controller={lessons} />
        <DecisionBadge store={store} />
        <Toolbar display={display} language={state.language} dispatch={dispatch}>
          <UndoRedo store={store} />
          <button
            type="button"
            data-action="present"
            title={t.presentTitle}
            onClick={() => setPresenting(true)}
          >
            {t.present}
          </button>
          <SettingsMenu label={t.settings}>
            <StoreSettingsPanel store={store} />
          </SettingsMenu>
          <ExportMenu store={store} scaleFor={scaleFor} />
          <SnapshotsButton store={store} />
          <ShareButton store={store} />
        </Toolbar>
      </header>
    ),
    [t, display, state.language, dispatch, store, setPresenting, scaleFor, lessons],
  );
  const dismiss = useCallback(() => setProblems([]), []);
  const exitPresenting = useCallback(() => setPresenting(false), [setPresenting]);

  const shared = display.colorMode === 'shared';
  const titles = stageTitles(t, config);
  const heads = stageColumns(config.order).map(
    (key) =>
      [
        key,
        titles[key],
        key === 'activated' && config.order === 'branch' ? t.stageFromFeature : undefined,
      ] as const,
  );

  return (
    <I18nProvider value={t}>
      <div
        className={`app${presenting ? ' presenting' : ''}`}
        lang={state.language === 'zh' ? 'zh-CN' : 'en'}
        {...lessonRoot.attributes}
      >
        {presenting && <PresentationControls onExit={exitPresenting} />}
        {header}
        <LessonBar controller={lessons} language={state.language} />
        <Notice problems={problems} onDismiss={dismiss} />
        <KeptNotice kept={kept} store={store} />
        <main className="board">
          <section className="input-panel" aria-labelledby="input-title">
            <h2 id="input-title">
              {t.input}
              <span className="size"> · {`${input.height}x${input.width}`}</span>
            </h2>
            <InputTools
              input={input}
              inColor={color !== null}
              dispatch={store.dispatch}
              legend={
                // A colour picture's legend is its channel maps (below).
                colorParts ? null : <Legend scale={scaleFor('input', input)} label={t.stageInput} />
              }
            >
              <InputGrid
                input={input}
                scale={scaleFor('input', input)}
                showValues={display.showValues}
                dispatch={store.dispatch}
                highlighted={highlights.get('input')}
                onProbe={probes.onInputProbe}
                colors={colorParts?.channels}
              />
            </InputTools>
            {colorParts && (
              <ChannelMaps
                channels={colorParts.channels}
                showValues={display.showValues}
                highlighted={highlights.get('input')}
              />
            )}
            <ExplainPanel
              explanation={explanation}
              title={active ? probeTitle(t, active, config.activation) : ''}
              pinned={probes.pinned && !stepProbe}
              onUnpin={probes.unpin}
            >
              <StepControls stepper={s} kernels={kernels.length} />
            </ExplainPanel>
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
                result={rowResults[k]!}
                config={config}
                display={display}
                scaleFor={scaleFor}
                highlights={rowHighlights}
                handlersFor={probes.handlersFor}
                count={kernels.length}
                dispatch={store.dispatch}
                slices={color?.slices[k]}
                live={perMap ? undefined : live}
                stepping={
                  stepping && s.k === k
                    ? { map: s.stage === 'conv' ? 'conv' : 'pool', revealed: s.step }
                    : undefined
                }
              />
            ))}
            <div className="add-kernel">
              <button
                type="button"
                data-action="add-kernel"
                disabled={kernels.length >= LIMITS.kernels[1]}
                onClick={() =>
                  store.dispatch({ type: 'addKernel', kernel: kernelPreset(nextPreset(kernels)) })
                }
              >
                {t.addKernel}
              </button>
              <AddBlockButton store={store} />
            </div>
            <LaterBlocks store={store} onHighlights={setBlockHighlights} />
            <DecisionPanel store={store} mapProbe={active} />
          </section>
        </main>
        <TrainPanel store={store} />
        <GradientPanel store={store} />
        <DrawingsPanel store={store} />
      </div>
    </I18nProvider>
  );
}
