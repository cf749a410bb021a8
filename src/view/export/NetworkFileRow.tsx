import { NETWORK_FILE_NAME, networkFileText } from '../../export/networkFile';
import { NETWORK_FILE_MESSAGES } from '../../i18n/networkFile/messages';
import type { AppState } from '../../state';
import { downloadText } from './exportImage';

/**
 * The export menu's network file row: download the page's network ("Network (JSON)",
 * disabled when the settings make no network) and open one (the file chooser of
 * NetworkImport, which also takes a file dropped on the page).
 */
export function NetworkFileRow({
  state,
  onOpen,
}: {
  readonly state: AppState;
  readonly onOpen: () => void;
}) {
  const t = NETWORK_FILE_MESSAGES[state.language];
  const text = networkFileText(state);
  return (
    <p className="export-row">
      <button
        type="button"
        data-export="network"
        title={text === null ? t.noNetwork : t.exportNetworkTitle}
        disabled={text === null}
        onClick={() => {
          if (text !== null) downloadText(text, NETWORK_FILE_NAME, 'application/json');
        }}
      >
        {t.exportNetwork}
      </button>
      <button
        type="button"
        data-action="import-network"
        title={t.importNetworkTitle}
        onClick={onOpen}
      >
        {t.importNetwork}
      </button>
    </p>
  );
}
