import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { Icon } from '../shared/Icon';
import { SPEEDS, type StepStage, type Stepper } from './useStepper';

interface StepControlsProps {
  readonly stepper: Stepper;
  readonly kernels: number;
}

/** Play, pause and step through one kernel's convolution or pooling, window by window. */
export const StepControls = memo(function StepControls({ stepper: s, kernels }: StepControlsProps) {
  const t = useMessages();
  return (
    <div className="step-controls" role="group" aria-label={t.stepTitle}>
      <div className="step-row">
        <span className="group-label">{t.stepTitle}</span>
        <select
          aria-label={t.stepKernel}
          value={s.k}
          onChange={(e) => s.set({ k: Number(e.target.value), step: 0, playing: false })}
        >
          {Array.from({ length: kernels }, (_, k) => (
            <option key={k} value={k}>
              {t.kernel(k + 1)}
            </option>
          ))}
        </select>
        <select
          aria-label={t.stepStage}
          value={s.stage}
          onChange={(e) => s.set({ stage: e.target.value as StepStage, step: 0, playing: false })}
        >
          <option value="conv">{t.stageFeature}</option>
          <option value="pool">{t.stepPooling}</option>
        </select>
      </div>
      <div className="step-row">
        <button
          type="button"
          data-step="back"
          onClick={s.back}
          disabled={s.step === 0}
          aria-label={t.stepBack}
          title={t.stepBack}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          data-step="play"
          onClick={s.togglePlay}
          aria-label={s.playing ? t.pause : t.play}
          title={s.playing ? t.pause : t.play}
        >
          <Icon name={s.playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          data-step="forward"
          onClick={s.forward}
          disabled={s.step >= s.total}
          aria-label={t.stepForward}
          title={t.stepForward}
        >
          <Icon name="forward" />
        </button>
        <button
          type="button"
          data-step="stop"
          onClick={s.stop}
          disabled={s.step === 0}
          aria-label={t.stepStop}
          title={t.stepStop}
        >
          <Icon name="stop" />
        </button>
        <span className="step-count" data-step-count={s.step}>
          {t.stepCount(s.step, s.total)}
        </span>
        <label className="speed">
          {t.speed}
          <select value={s.speed} onChange={(e) => s.set({ speed: Number(e.target.value) })}>
            {SPEEDS.map((v) => (
              <option key={v} value={v}>
                {t.perSecond(v)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
});
