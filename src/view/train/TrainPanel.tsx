import { memo, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';
import { downsample } from '../../train/chartGeometry';
import { downloadText } from '../export/exportImage';
import { TrainChart } from './TrainChart';
import { TrainReview } from './TrainReview';
import { TrainSettingsForm } from './TrainSettingsForm';
import { useTraining } from './useTraining';

/** A loss to 3 decimals; a huge one (a diverging run) in exponent form. */
const lossText = (v: number): string => (Math.abs(v) >= 1e4 ? v.toExponential(2) : v.toFixed(3));
const percent = (v: number | null): string => (v === null ? '–' : `${(v * 100).toFixed(1)} %`);
const TOO_SMALL = 'the picture must be 7x7 to 64x64 to train';

/**
 * The training panel (issue 12), docked at the bottom of the page so the page keeps its
 * 1280x720 fit: play and pause, one step, learning from scratch, the learning rate and the
 * live figures; "Settings and curves" opens the other settings and the loss and accuracy
 * curves above it. Contract: `[data-training]` with data-step, data-loss,
 * data-train-accuracy, data-test-accuracy, data-running and data-problem. Memoised: it
 * reads the store through its own subscriptions (the run's settings), so a click on the
 * picture renders nothing here.
 */
export const TrainPanel = memo(function TrainPanel({ store }: { readonly store: Store }) {
  const messages = useMessages();
  const t = messages.train;
  const training = useTraining(store);
  const { view, settings, notice } = training;
  const [open, setOpen] = useState(false);
  const problem = view.problem
    ? t.problem(view.problem)
    : view.failed !== null
      ? t.failed(
          view.failed === '' ? t.noNetwork : view.failed === TOO_SMALL ? t.tooSmall : view.failed,
        )
      : null;
  const lossSeries = useMemo(
    () => [{ name: t.batchLoss, className: 'train-loss', points: downsample(view.losses, 300) }],
    [view.losses, t],
  );
  const lossTop = Math.max(0.1, ...lossSeries[0]!.points.map((p) => p.y)) * 1.05;
  const accuracySeries = useMemo(
    () => [
      {
        name: t.trainSet,
        className: 'train-acc',
        points: view.accuracy.map((a) => ({ x: a.step, y: a.train })),
      },
      {
        name: t.testSet,
        className: 'test-acc',
        points: view.accuracy.map((a) => ({ x: a.step, y: a.test })),
      },
    ],
    [view.accuracy, t],
  );
  const examples = view.stepsPerSecond * view.batchSize;
  return (
    <section
      className={`train-dock${open ? ' open' : ''}`}
      aria-label={t.title}
      data-training=""
      data-step={view.step}
      data-loss={view.loss ?? ''}
      data-train-accuracy={view.trainAccuracy ?? ''}
      data-test-accuracy={view.testAccuracy ?? ''}
      data-running={view.running ? 'true' : 'false'}
      data-problem={problem ?? undefined}
    >
      {open && (
        <div className="train-card" id="train-card">
          <p className="train-about">{t.about(settings.trainCount, settings.testCount)}</p>
          <TrainSettingsForm settings={settings} onChange={training.changeSettings} fields="all" />
          <div className="train-charts">
            <TrainChart
              title={t.lossChart}
              xLabel={t.stepAxis}
              series={lossSeries}
              y={[0, lossTop]}
              yFormat={(v) => String(v)}
              empty={t.noSteps}
            />
            <TrainChart
              title={t.accuracyChart}
              xLabel={t.stepAxis}
              series={accuracySeries}
              y={[0, 1]}
              yFormat={(v) => `${Math.round(v * 100)} %`}
              empty={t.noSteps}
            />
          </div>
          <TrainReview store={store} settings={settings} />
          <p className="train-speed">
            {t.speed(view.stepsPerSecond.toFixed(0), examples.toFixed(0))}
            <button
              type="button"
              data-export="training-python"
              title={t.exportPythonTitle}
              onClick={() => {
                const code = training.python();
                if (code !== null)
                  downloadText(code, 'cnn-playground-training.py', 'text/x-python');
              }}
            >
              {t.exportPython}
            </button>
            <button
              type="button"
              data-action="train-reset"
              title={t.resetTitle}
              onClick={training.reset}
            >
              {t.reset}
            </button>
          </p>
        </div>
      )}
      {(problem || notice) && (
        <p className="train-message" role="alert">
          {problem ?? (notice?.kind === 'onPage' ? t.onPage(notice.reason) : t.changed)}
        </p>
      )}
      <div className="train-bar">
        <button
          type="button"
          className="train-play"
          data-action="train"
          aria-pressed={view.running}
          title={t.playTitle}
          onClick={training.togglePlay}
        >
          {view.running ? t.pause : t.play}
        </button>
        <button
          type="button"
          data-action="train-step"
          title={t.stepTitle}
          onClick={training.stepOnce}
        >
          {t.step}
        </button>
        <button
          type="button"
          data-action="train-from-scratch"
          title={t.fromScratchTitle}
          onClick={training.fromScratch}
        >
          {t.fromScratch}
        </button>
        <TrainSettingsForm settings={settings} onChange={training.changeSettings} fields="bar" />
        <span className="train-stats" aria-live="off">
          <span>{t.stepCount(view.step, view.epochs.toFixed(1))}</span>
          <span>
            {t.loss} {view.loss === null ? '–' : lossText(view.loss)}
          </span>
          <span className="train-acc-text">
            {t.trainAccuracy} {percent(view.trainAccuracy)}
          </span>
          <span className="test-acc-text">
            {t.testAccuracy} {percent(view.testAccuracy)}
          </span>
        </span>
        <button
          type="button"
          className="train-more"
          data-action="train-more"
          aria-expanded={open}
          aria-controls="train-card"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t.less : t.more}
        </button>
      </div>
    </section>
  );
});
