import {
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
} from 'react';
import type { Matrix } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import type { Action } from '../../state';
import { INPUT_PRESETS } from '../../state/inputPresets';
import { InputGradientOverlay } from '../gradients/InputGradientOverlay';
import {
  ACCEPTED_IMAGE_TYPES,
  ImageReadError,
  readImageChannels,
  readImageFile,
} from './readImageFile';

interface InputToolsProps {
  readonly input: Matrix;
  readonly dispatch: (action: Action) => void;
  /** The picture itself: a file dropped on it is imported. */
  readonly children: ReactNode;
  /** Shown between the picture and the import controls (its legend). */
  readonly legend?: ReactNode;
  /** Whether the picture is in colour (three channels): "Back to gray" is offered. */
  readonly inColor?: boolean;
}

/** A message about an import, for the picture it was about: it goes when the picture changes. */
type Status = {
  readonly kind: 'error' | 'done';
  readonly text: string;
  readonly input: Matrix;
} | null;

/**
 * The picture's presets, inversion and import. A picture comes from the file chooser, a drop
 * on the grid, or a paste anywhere outside a text field; it is scaled to the grid's size.
 * A file that cannot be read leaves the picture as it was and says why.
 */
export function InputTools({ input, dispatch, children, legend, inColor }: InputToolsProps) {
  const t = useMessages();
  const [threshold, setThreshold] = useState(true);
  const [color, setColor] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [dragging, setDragging] = useState(false);
  const { height, width } = input;
  // A preset, an undo or a drawn pixel makes "Imported o.png" untrue: the message goes.
  const shown = status?.input === input ? status : null;

  async function load(file: Blob, name: string) {
    try {
      if (color) {
        const channels = await readImageChannels(file, height, width, { threshold });
        dispatch({ type: 'setColorInput', channels });
        const text = t.color.importDone(name, height, width);
        setStatus({ kind: 'done', text, input: channels[0] });
        return;
      }
      const picture = await readImageFile(file, height, width, { threshold });
      dispatch({ type: 'setInput', input: picture });
      setStatus({ kind: 'done', text: t.importDone(name, height, width), input: picture });
    } catch (e) {
      const reason = e instanceof ImageReadError ? e.reason : 'notAnImage';
      setStatus({ kind: 'error', text: t.importError(reason), input });
    }
  }
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable]')) return;
      const file = Array.from(e.clipboardData?.files ?? []).find((f) =>
        f.type.startsWith('image/'),
      );
      if (file) {
        e.preventDefault();
        void loadRef.current(file, file.name || 'image');
      }
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void load(file, file.name);
  };
  // The same function on every render, so the import row's memo holds while pixels change.
  const onFile = useCallback((file: Blob, name: string) => void loadRef.current(file, name), []);

  return (
    <>
      <PresetButtons dispatch={dispatch} />
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {children}
        {/* Beside and over the picture: the gradients' toggle and overlay (issue 12). */}
        <InputGradientOverlay />
      </div>
      {legend}
      <ImportRow
        threshold={threshold}
        setThreshold={setThreshold}
        color={color}
        setColor={setColor}
        inColor={inColor === true}
        dispatch={dispatch}
        onFile={onFile}
      />
      {shown && (
        <p
          className={`import-status ${shown.kind}`}
          role={shown.kind === 'error' ? 'alert' : 'status'}
          data-import={shown.kind}
        >
          {shown.text}
        </p>
      )}
    </>
  );
}

/** The picture's presets and inversion (rendered once: a pixel click leaves them). */
const PresetButtons = memo(function PresetButtons({
  dispatch,
}: {
  readonly dispatch: (action: Action) => void;
}) {
  const t = useMessages();
  return (
    <div className="input-tools" role="group" aria-label={t.picture}>
      {INPUT_PRESETS.map((p) => (
        <button
          key={p}
          type="button"
          data-preset={p}
          onClick={() => dispatch({ type: 'loadPreset', preset: p })}
        >
          {t.inputPresetName(p)}
        </button>
      ))}
      <button type="button" data-action="invert" onClick={() => dispatch({ type: 'invert' })}>
        {t.invert}
      </button>
    </div>
  );
});

/**
 * The import button, its options and the hidden file input. Memoised: React writes an
 * input's type and name again whenever it renders one, so a pixel click must not render it.
 */
const ImportRow = memo(function ImportRow({
  threshold,
  setThreshold,
  color,
  setColor,
  inColor,
  dispatch,
  onFile,
}: {
  readonly threshold: boolean;
  readonly setThreshold: (on: boolean) => void;
  readonly color: boolean;
  readonly setColor: (on: boolean) => void;
  readonly inColor: boolean;
  readonly dispatch: (action: Action) => void;
  readonly onFile: (file: Blob, name: string) => void;
}) {
  const t = useMessages();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="import-row">
      <button type="button" data-action="import" onClick={() => fileInput.current?.click()}>
        {t.importPicture}
      </button>
      <span className="import-hint">{t.importHint}</span>
      <label className="check">
        <input
          type="checkbox"
          checked={threshold}
          onChange={(e) => setThreshold(e.target.checked)}
        />
        {t.threshold}
      </label>
      <label className="check" title={t.color.importInColorTitle}>
        <input
          type="checkbox"
          data-import-option="color"
          checked={color}
          onChange={(e) => {
            setColor(e.target.checked);
            // A colour photo is meant to keep its shades: snapping each channel to black or
            // white would leave eight colours. Ticking colour unticks it (it can be ticked again).
            if (e.target.checked) setThreshold(false);
          }}
        />
        {t.color.importInColor}
      </label>
      {inColor && (
        <button
          type="button"
          data-action="to-gray"
          title={t.color.toGrayTitle}
          onClick={() => dispatch({ type: 'toGray' })}
        >
          {t.color.toGray}
        </button>
      )}
      <input
        ref={fileInput}
        type="file"
        hidden
        data-file-input
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file, file.name);
          e.target.value = '';
        }}
      />
    </div>
  );
});
