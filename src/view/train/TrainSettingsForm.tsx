import { useMessages } from '../../i18n/I18nContext';
import {
  settingsProblem,
  type Learns,
  type OptimizerChoice,
  type TrainSettings,
} from '../../train/trainSettings';
import { TrainField } from './TrainField';

interface Props {
  readonly settings: TrainSettings;
  readonly onChange: (next: TrainSettings) => void;
  /** Only the fields of the bar (the learning rate), or every setting. */
  readonly fields: 'bar' | 'all';
}

const OPTIMIZERS: readonly OptimizerChoice[] = ['sgd', 'momentum', 'adam'];
const LEARNS: readonly Learns[] = ['votes', 'kernels', 'all'];

/** The run's settings: typed numbers checked by settingsProblem, and two choices. */
export function TrainSettingsForm({ settings, onChange, fields }: Props) {
  const t = useMessages().train;
  const typed = (field: 'learningRate' | 'batchSize' | 'weightDecay' | 'seed') =>
    function commit(value: number | null, text: string): string | null {
      const next = { ...settings, [field]: value ?? NaN };
      if (value === null || settingsProblem(next)?.field === field) {
        return t.badSetting(field, text);
      }
      if (value !== settings[field]) onChange(next);
      return null;
    };
  const rate = (
    <TrainField
      field="learningRate"
      label={t.learningRate}
      value={settings.learningRate}
      onCommit={typed('learningRate')}
    />
  );
  if (fields === 'bar') return rate;
  return (
    <div className="train-settings">
      <label className="train-field">
        <span>{t.optimizer}</span>
        <select
          data-train-field="optimizer"
          value={settings.optimizer}
          onChange={(e) => onChange({ ...settings, optimizer: e.target.value as OptimizerChoice })}
        >
          {OPTIMIZERS.map((o) => (
            <option key={o} value={o}>
              {t.optimizers[o]}
            </option>
          ))}
        </select>
      </label>
      <label className="train-field">
        <span>{t.learns}</span>
        <select
          data-train-field="learns"
          value={settings.learns}
          onChange={(e) => onChange({ ...settings, learns: e.target.value as Learns })}
        >
          {LEARNS.map((l) => (
            <option key={l} value={l}>
              {t.learnsChoices[l]}
            </option>
          ))}
        </select>
      </label>
      <TrainField
        field="batchSize"
        label={t.batchSize}
        value={settings.batchSize}
        onCommit={typed('batchSize')}
      />
      <TrainField
        field="weightDecay"
        label={t.weightDecay}
        value={settings.weightDecay}
        onCommit={typed('weightDecay')}
      />
      <TrainField field="seed" label={t.seed} value={settings.seed} onCommit={typed('seed')} />
    </div>
  );
}
