import { useCallback, useEffect, useRef, useState } from 'react';
import { networkToJson } from '../../core';
import type { Store } from '../../state';
import { decisionNetwork } from '../../state/decisionNetwork';
import { framePacer } from '../../train/paintPacer';
import { createTrainClient, type TrainClient } from '../../train/trainClient';
import { trainedActions } from '../../train/trainedActions';
import { trainingPython } from '../../export/pythonTraining';
import { freshNetwork } from '../../train/trainRun';
import { samePage, type PageRun } from '../../train/pageRun';
import { stateWithWeights, withLayerWeights } from '../../train/trainedWeights';
import type { TrainReport } from '../../train/trainProtocol';
import type { TrainSettings } from '../../train/trainSettings';
import { useStoreSelector } from '../app/useStore';
import { withDrawings } from '../../train/trainDrawings';
import { EMPTY_TRAIN_VIEW, withReport, type TrainView } from '../../train/trainView';

/** Why the panel shows a notice besides the run's own problem. */
export type TrainNotice = { kind: 'onPage'; reason: string } | { kind: 'changed' } | null;

let runs = 0;

/**
 * The training panel's binding: a training client (worker, or the page as a fallback) made on
 * first use, the view of its reports, and the learned weights dispatched into the store in
 * one undo group per run.
 */
export function useTraining(store: Store) {
  const [view, setView] = useState<TrainView>(EMPTY_TRAIN_VIEW);
  // The settings live in the store (and so in the link): the same link and the same steps
  // give the same weights.
  const settings = useStoreSelector(store, (s) => s.training);
  const [notice, setNotice] = useState<TrainNotice>(null);
  const client = useRef<TrainClient | null>(null);
  const run = useRef<PageRun | null>(null);

  const [pacer] = useState(framePacer);

  /** Puts a report's weights into the store (paced: the maps repaint at most once a frame). */
  const apply = useCallback(
    (report: TrainReport & { type: 'progress' }) => {
      const current = run.current;
      if (current === null) return;
      const state = store.getState();
      const trained = samePage(state, current.last)
        ? stateWithWeights(state, current.net, current.convLayers, report.weights)
        : null;
      if (trained === null) {
        client.current?.send({ type: 'pause' });
        run.current = null;
        setNotice({ kind: 'changed' });
        return;
      }
      for (const action of trainedActions(state, trained, current.group)) store.dispatch(action);
      current.last = store.getState();
      current.step = report.step;
      current.weights = report.weights;
    },
    [store],
  );

  const onReport = useCallback(
    (report: TrainReport) => {
      setView((v) => withReport(v, report));
      if (report.type !== 'progress' || run.current === null) return;
      pacer.push(() => apply(report));
      // Paused or stopped: the page shows the last step's weights at once.
      if (!report.running) pacer.flush();
    },
    [apply, pacer],
  );

  const connect = useCallback((): TrainClient => {
    client.current ??= createTrainClient(onReport, (reason) =>
      setNotice({ kind: 'onPage', reason }),
    );
    return client.current;
  }, [onReport]);

  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  /** A new run from the page as it is; false when the page makes no network. */
  const start = useCallback(
    (fresh: boolean, chosen?: TrainSettings): boolean => {
      const state = store.getState();
      const next = withDrawings(chosen ?? state.training, state);
      const made = decisionNetwork(state);
      if ('problem' in made) {
        setView((v) => ({ ...v, running: false, failed: '' }));
        return false;
      }
      const convLayers = made.blocks.map((b) => b.conv);
      runs += 1;
      const first = fresh ? freshNetwork(made.network, next.seed, convLayers) : made.network;
      run.current = {
        net: made.network,
        convLayers,
        before: state,
        group: `training ${runs}`,
        last: state,
        segment: { start: first, firstStep: 0, settings: next },
        step: 0,
        weights: null,
      };
      setNotice((n) => (n?.kind === 'changed' ? null : n));
      connect().send({
        type: 'start',
        network: networkToJson(made.network),
        convLayers,
        settings: next,
        fresh,
      });
      return true;
    },
    [store, connect],
  );

  /** The run goes on unless the page changed since it last set it. */
  const ensureRun = useCallback((): boolean => {
    const current = run.current;
    if (current !== null && samePage(store.getState(), current.last)) return true;
    return start(false);
  }, [store, start]);

  const togglePlay = useCallback(() => {
    if (view.running) return connect().send({ type: 'pause' });
    if (ensureRun()) connect().send({ type: 'play' });
  }, [view.running, connect, ensureRun]);

  const stepOnce = useCallback(() => {
    if (ensureRun()) connect().send({ type: 'step' });
  }, [connect, ensureRun]);

  const fromScratch = useCallback(() => {
    const next = { ...store.getState().training, learns: 'all' as const };
    store.dispatch({ type: 'setTraining', training: next });
    start(true, next);
  }, [store, start]);

  const reset = useCallback(() => {
    const current = run.current;
    if (current === null) return;
    const state = store.getState();
    const { kernels, blocks, votes } = current.before;
    const back = { ...state, kernels, blocks, votes };
    for (const action of trainedActions(state, back, current.group)) store.dispatch(action);
    if (votes === null && store.getState().votes !== null) {
      store.dispatch({ type: 'resetVotes', group: current.group });
    }
    start(false);
  }, [store, start]);

  const changeSettings = useCallback(
    (chosen: TrainSettings) => {
      store.dispatch({ type: 'setTraining', training: chosen });
      const current = run.current;
      if (current === null) return;
      const next = withDrawings(chosen, current.last);
      const from = current.weights
        ? withLayerWeights(current.net, current.weights)
        : current.segment.start;
      current.segment = { start: from, firstStep: current.step, settings: next };
      connect().send({ type: 'settings', settings: next });
    },
    [store, connect],
  );

  /** The run so far (since its settings last changed) as a PyTorch program; null before one. */
  const python = useCallback((): string | null => {
    const current = run.current;
    if (current === null) return null;
    const { start, firstStep, settings: used } = current.segment;
    return trainingPython({
      start,
      convLayers: current.convLayers,
      settings: used,
      steps: current.step - firstStep,
      firstStep,
    });
  }, []);

  return {
    view,
    settings,
    notice,
    togglePlay,
    stepOnce,
    fromScratch,
    reset,
    changeSettings,
    python,
  };
}
