import { useEffect, useRef, useState } from 'react';
import { networkNumpyCode } from '../../export/pythonNetworkNumpy';
import { networkTorchCode } from '../../export/pythonNetworkTorch';
import { numpyCode } from '../../export/pythonNumpy';
import { torchCode } from '../../export/pythonTorch';
import { useMessages } from '../../i18n/I18nContext';
import { NETWORK_FILE_MESSAGES } from '../../i18n/networkFile/messages';
import type { AppState } from '../../state';
import { decisionNetwork } from '../../state/decisionNetwork';
import { pictureChannels } from '../../state/colorChannels';
import { downloadText } from './exportImage';

type Flavour = 'numpy' | 'torch';
/** The first block's maps (the seed's program), or the whole network to its probabilities. */
type Program = 'maps' | 'network';

/** The program's code, or null for a network the page's settings do not make. */
function codeOf(state: AppState, program: Program, flavour: Flavour): string | null {
  if (program === 'maps') return flavour === 'numpy' ? numpyCode(state) : torchCode(state);
  const made = decisionNetwork(state);
  if ('problem' in made) return null;
  const exported = { network: made.network, input: pictureChannels(state) };
  return flavour === 'numpy' ? networkNumpyCode(exported) : networkTorchCode(exported);
}

/**
 * The current configuration as Python, in the seed's two flavours, to copy or download: the
 * first block's maps, or the whole network to each class's probability.
 */
export function CodeDialog({
  state,
  onClose,
}: {
  readonly state: AppState;
  readonly onClose: () => void;
}) {
  const t = useMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const [flavour, setFlavour] = useState<Flavour>('numpy');
  const [program, setProgram] = useState<Program>('maps');
  const [copied, setCopied] = useState(false);
  const n = NETWORK_FILE_MESSAGES[state.language];
  const code = codeOf(state, program, flavour) ?? `# ${n.noNetwork}\n`;
  const name = `cnn_playground${program === 'network' ? '_network' : ''}_${flavour}.py`;
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
      <div className="tabs" role="tablist" aria-label={n.programs}>
        {(['maps', 'network'] as const).map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={program === p}
            data-program={p}
            onClick={() => {
              setProgram(p);
              setCopied(false);
            }}
          >
            {p === 'maps' ? n.programMaps : n.programNetwork}
          </button>
        ))}
      </div>
      <p className="note">{program === 'maps' ? t.codeAbout : n.networkCodeAbout}</p>
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
          onClick={() => downloadText(code, name, 'text/x-python')}
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
        <code data-code={flavour} data-code-program={program}>
          {code}
        </code>
      </pre>
    </dialog>
  );
}
