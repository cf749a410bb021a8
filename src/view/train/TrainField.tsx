import { useId, useState } from 'react';
import { parseNumber } from '../shared/NumberField';

interface TrainFieldProps {
  /** The setting's name: `data-train-field`. */
  readonly field: string;
  readonly label: string;
  readonly value: number;
  /** Applies a typed number; returns the message when it cannot be used, else null. */
  readonly onCommit: (value: number | null, text: string) => string | null;
}

/**
 * A typed training setting, applied on Enter or when the field is left (its change event).
 * A value that cannot be used stays as typed with a message; the setting in force stays.
 */
export function TrainField({ field, label, value, onCommit }: TrainFieldProps) {
  const id = useId();
  // What was typed and its message, while the setting in force is still `base`.
  const [edit, setEdit] = useState<{
    readonly text: string;
    readonly base: number;
    readonly message: string | null;
  } | null>(null);
  const current = edit !== null && edit.base === value ? edit : null;
  const text = current?.text ?? String(value);
  const message = current?.message ?? null;
  const commit = (typed: string) => {
    const problem = onCommit(parseNumber(typed), typed);
    setEdit(problem === null ? null : { text: typed, base: value, message: problem });
  };
  return (
    <label className="train-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        data-train-field={field}
        value={text}
        aria-invalid={message !== null}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e) => setEdit({ text: e.target.value, base: value, message })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
        onBlur={(e) => {
          if (current !== null) commit(e.currentTarget.value);
        }}
      />
      {message && (
        <span id={`${id}-error`} className="train-field-error" role="alert">
          {message}
        </span>
      )}
    </label>
  );
}
