import { useEffect, useRef, useState } from 'react';
import { numpyCode } from '../../export/pythonNumpy';
import { torchCode } from '../../export/pythonTorch';
import type { ExportState } from '../../export/pythonValues';
import { useMessages } from '../../i18n/I18nContext';
import { downloadText } from './exportImage';

type Flavour = 'numpy' | 'torch';

/** The current configuration as Python, in the seed's two flavours, to copy or download. */
export function CodeDialog({
  state,
  onClose,
}: {
  readonly state: ExportState;
  readonly onClose: () => void;
}) {
  const t = useMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const [flavour, setFlavour] = useState<Flavour>('numpy');
  const [copied, setCopied] = useState(false);
  const code = flavour === 'numpy' ? numpyCode(state) : torchCode(state);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="code-dialog"
      aria-labelledby="code-title"
      onClose={onClose}
      data-code-dialog
    >
      <header>
        <h2 id="code-title">{t.codeTitle}</h2>
        <button type="button" aria-label={t.close} onClick={() => ref.current?.close()}>
          ✕
        </button>
      </header>
      <p className="note">{t.codeAbout}</p>
      <div className="tabs" role="tablist">
        {(['numpy', 'torch'] as const).map((f) => (
          <button
            key={f}
            type="button"
            role="tab"
            aria-selected={flavour === f}
            data-flavour={f}
            onClick={() => {
              setFlavour(f);
              setCopied(false);
            }}
          >
            {f === 'numpy' ? t.numpyTab : t.torchTab}
          </button>
        ))}
        <span className="spacer" />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(code).then(() => setCopied(true));
          }}
        >
          {copied ? t.copied : t.copy}
        </button>
        <button
          type="button"
          data-action="download-code"
          onClick={() => downloadText(code, `cnn_playground_${flavour}.py`, 'text/x-python')}
        >
          {t.downloadPy}
        </button>
      </div>
      <pre
        className="code"
        tabIndex={0}
        role="tabpanel"
        aria-label={flavour === 'numpy' ? t.numpyTab : t.torchTab}
      >
        <code data-code={flavour}>{code}</code>
      </pre>
    </dialog>
  );
}
