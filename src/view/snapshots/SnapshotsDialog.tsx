import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { decodeLink, encodeLink, type Store } from '../../state';
import { exportSnapshots, parseSnapshotFile } from '../../state/snapshotFile';
import { downloadText } from '../export/exportImage';
import { formatDate } from './formatDate';
import { SnapshotRow } from './SnapshotRow';
import { useSnapshots } from './useSnapshots';

/**
 * The snapshots kept in this browser: keep the page under a name; open, rename and delete
 * kept ones; export them all to a file and import a file. Opening is an undoable step.
 */
export function SnapshotsDialog({
  store,
  onClose,
}: {
  readonly store: Store;
  readonly onClose: () => void;
}) {
  const messages = useMessages();
  const t = messages.share;
  const language = store.getState().language;
  const ref = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const snapshots = useSnapshots();
  const [name, setName] = useState(() => t.defaultName(formatDate(Date.now(), language)));
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const say = (text: string, error = false) => setStatus({ text, error });

  const onImport = async (file: File) => {
    const parsed = parseSnapshotFile(await file.text());
    if (!parsed.ok) return say(t.fileError(file.name, parsed.error), true);
    const added = snapshots.importAll(parsed.snapshots);
    say(t.imported(added, parsed.snapshots.length - added, file.name));
  };

  return (
    <dialog
      ref={ref}
      className="share-dialog snapshots-dialog"
      aria-labelledby="snapshots-title"
      onClose={onClose}
      data-snapshots-dialog
    >
      <header>
        <h2 id="snapshots-title">{t.snapshotsDialogTitle}</h2>
        <button type="button" aria-label={t.close} onClick={() => ref.current?.close()}>
          ✕
        </button>
      </header>
      <p className="note">{t.snapshotsAbout}</p>
      <form
        className="snapshot-keep"
        onSubmit={(e) => {
          e.preventDefault();
          const kept = snapshots.keep(name, encodeLink(store.getState()));
          if (kept) say(t.kept(kept.name));
        }}
      >
        <label>
          <span>{t.nameLabel}</span>
          <input
            name="snapshot-name"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" data-action="keep-snapshot" disabled={name.trim() === ''}>
          {t.keep}
        </button>
      </form>
      <p
        className={`snapshot-status${status?.error ? ' error' : ''}`}
        role="status"
        data-snapshot-status
      >
        {!snapshots.stored ? t.storageFull : status?.text}
      </p>
      {snapshots.list.length === 0 ? (
        <p className="note">{t.none}</p>
      ) : (
        <ul className="snapshot-list" data-snapshot-list>
          {snapshots.list.map((s) => (
            <SnapshotRow
              key={s.id}
              snapshot={s}
              language={language}
              onOpen={() => {
                const { state, problems } = decodeLink(s.link, language);
                store.dispatch({ type: 'load', state });
                if (problems.length > 0) return say(messages.linkProblems(problems), true);
                ref.current?.close();
              }}
              onRename={(next) => snapshots.rename(s.id, next)}
              onRemove={() => {
                snapshots.remove(s.id);
                say(t.removed(s.name));
              }}
            />
          ))}
        </ul>
      )}
      <footer className="snapshot-file">
        <button
          type="button"
          data-action="export-snapshots"
          disabled={snapshots.list.length === 0}
          onClick={() =>
            downloadText(
              exportSnapshots(snapshots.list),
              `cnn-playground-snapshots-${new Date().toISOString().slice(0, 10)}.json`,
              'application/json',
            )
          }
        >
          {t.exportFile}
        </button>
        <button
          type="button"
          data-action="import-snapshots"
          onClick={() => fileRef.current?.click()}
        >
          {t.importFile}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          data-snapshot-file
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void onImport(file);
          }}
        />
      </footer>
    </dialog>
  );
}
