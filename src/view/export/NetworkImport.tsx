import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { isNetworkFile, readNetworkFile } from '../../export/networkFile';
import { NETWORK_FILE_MESSAGES } from '../../i18n/networkFile/messages';
import type { Store } from '../../state';
import { useStoreSelector } from '../app/useStore';
import '../../styles/networkFile.css';

type Status = { readonly kind: 'done' | 'error'; readonly text: string } | null;

/**
 * Opens network files: from the file chooser (`fileInput`, which the export menu's button
 * clicks) or dropped anywhere on the page. A valid file the page can show replaces the page's
 * network in one undoable step; anything else leaves the page as it was and says, naming the
 * layer and field, what is wrong. Pictures dropped on the picture are left to the picture.
 */
export const NetworkImport = memo(function NetworkImport({
  store,
  fileInput,
}: {
  readonly store: Store;
  readonly fileInput: RefObject<HTMLInputElement | null>;
}) {
  const language = useStoreSelector(store, (s) => s.language);
  const t = NETWORK_FILE_MESSAGES[language];
  const [status, setStatus] = useState<Status>(null);

  const open = async (file: File) => {
    const base = store.getState();
    const t = NETWORK_FILE_MESSAGES[base.language];
    const read = readNetworkFile(await file.text(), base);
    if ('error' in read) {
      setStatus({ kind: 'error', text: t.notOpened(file.name, read.error) });
      return;
    }
    store.dispatch({ type: 'load', state: read.state });
    setStatus({ kind: 'done', text: t.opened(file.name) });
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  // Any later edit (or undo) makes the message about another page: it goes.
  useEffect(() => {
    if (status === null) return;
    return store.subscribe(() => setStatus(null));
  }, [store, status]);

  useEffect(() => {
    // Capture phase, before the picture's drop zone: a network file is ours, not a picture.
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = Array.from(e.dataTransfer?.files ?? []).find(isNetworkFile);
      if (!file) return;
      e.preventDefault();
      e.stopPropagation();
      // The drop zone never sees this drop: end its "dragging" look as a drag leaving would.
      const zone = (e.target as Element | null)?.closest?.('.drop-zone');
      zone?.dispatchEvent(new DragEvent('dragleave', { bubbles: true }));
      void openRef.current(file);
    };
    document.addEventListener('dragover', onDragOver, true);
    document.addEventListener('drop', onDrop, true);
    return () => {
      document.removeEventListener('dragover', onDragOver, true);
      document.removeEventListener('drop', onDrop, true);
    };
  }, []);

  return (
    <>
      <input
        ref={fileInput}
        type="file"
        hidden
        data-network-file-input
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void open(file);
          e.target.value = '';
        }}
      />
      {status && (
        <div
          className={`notice network-notice ${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-network-import={status.kind}
        >
          <span>{status.text}</span>
          <button type="button" onClick={() => setStatus(null)}>
            {t.dismiss}
          </button>
        </div>
      )}
    </>
  );
});
