import { useId, useState } from 'react';
import { useMessages } from '../i18n/I18nContext';

interface NumberFieldProps {
  readonly name: string;
  readonly label: string;
  readonly value: number;
  /** Whole numbers within [lo, hi] only; otherwise any finite number. */
  readonly integer?: readonly [number, number];
  readonly onValid: (value: number) => void;
  readonly className?: string;
}

/** Parses what was typed: a finite number (comma decimals accepted), or null. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(',', '.').replace('−', '-');
  if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/**
 * A typed number. While the text is not a valid value, it stays as typed with a clear message
 * beside it, and the last good value stays in force; a valid value is applied at once.
 */
export function NumberField({ name, label, value, integer, onValid, className }: NumberFieldProps) {
  const t = useMessages();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null ? value : parseNumber(text);
  const ok =
    parsed !== null &&
    (!integer || (Number.isInteger(parsed) && parsed >= integer[0] && parsed <= integer[1]));
  const message = ok
    ? null
    : integer
      ? t.gridRange(integer[0], integer[1])
      : t.notANumber(text ?? '', String(value));
  return (
    <label className={`field${className ? ` ${className}` : ''}`}>
      <span>{label}</span>
      <input
        name={name}
        type="text"
        inputMode="decimal"
        value={text ?? String(value)}
        aria-invalid={!ok}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const v = parseNumber(e.target.value);
          if (
            v !== null &&
            (!integer || (Number.isInteger(v) && v >= integer[0] && v <= integer[1]))
          ) {
            onValid(v);
          }
        }}
        onBlur={() => ok && setText(null)}
      />
      {message && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {message}
        </span>
      )}
    </label>
  );
}
