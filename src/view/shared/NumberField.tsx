import { useId, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMessages } from '../../i18n/I18nContext';

interface NumberFieldProps {
  readonly name: string;
  readonly label: string;
  readonly value: number;
  /** Whole numbers within [lo, hi] only; otherwise any finite number. */
  readonly integer?: readonly [number, number];
  readonly onValid: (value: number) => void;
  /**
   * `change` (default): a valid value applies as it is typed. `enter`: it applies on Enter
   * or when the field is left, for values whose every keystroke would do work (typing "30"
   * rows must not first crop the picture to 3).
   */
  readonly commit?: 'change' | 'enter';
  readonly className?: string;
  /**
   * Where the message about a value that is not valid goes, when not beside the field: for
   * fields in a grid, a place under the grid, so that it covers none of the other fields.
   */
  readonly messageHost?: HTMLElement | null | undefined;
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
 * beside it, and the last good value stays in force. When the value changes from elsewhere
 * (undo, reset, a click on the weight) while the field is not being typed in, the field
 * shows the new value.
 */
export function NumberField(props: NumberFieldProps) {
  const { name, label, value, integer, onValid, className, commit = 'change', messageHost } = props;
  const t = useMessages();
  const id = useId();
  // What was typed, and the value in force when it was typed.
  const [edit, setEdit] = useState<{ readonly text: string; readonly base: number } | null>(null);
  const [focused, setFocused] = useState(false);
  const text = edit && (focused || edit.base === value) ? edit.text : null;
  const valid = (v: number | null): v is number =>
    v !== null && (!integer || (Number.isInteger(v) && v >= integer[0] && v <= integer[1]));
  const apply = () => {
    const v = text === null ? null : parseNumber(text);
    if (valid(v) && v !== value) onValid(v);
  };
  const parsed = text === null ? value : parseNumber(text);
  const ok =
    parsed !== null &&
    (!integer || (Number.isInteger(parsed) && parsed >= integer[0] && parsed <= integer[1]));
  const message = ok
    ? null
    : integer
      ? t.gridRange(integer[0], integer[1])
      : t.notANumber(text ?? '', String(value));
  const place = (node: ReactNode) => (messageHost ? createPortal(node, messageHost) : node);
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
        onFocus={() => setFocused(true)}
        onChange={(e) => {
          const v = parseNumber(e.target.value);
          const applies = commit === 'change' && valid(v);
          setEdit({ text: e.target.value, base: applies ? v : value });
          if (applies) onValid(v);
        }}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
        onBlur={() => {
          setFocused(false);
          apply();
          if (ok) setEdit(null);
        }}
      />
      {message &&
        place(
          <span id={`${id}-error`} className="field-error" role="alert">
            {message}
          </span>,
        )}
    </label>
  );
}
