import { useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Language } from '../../state';
import type { Snapshot } from '../../state/snapshots';
import { formatDate } from './formatDate';

type Mode = 'view' | 'rename' | 'confirm';

/** One kept snapshot: its name and date, and open, rename and delete (asked once more). */
export function SnapshotRow({
  snapshot,
  language,
  onOpen,
  onRename,
  onRemove,
}: {
  readonly snapshot: Snapshot;
  readonly language: Language;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => void;
  readonly onRemove: () => void;
}) {
  const t = useMessages().share;
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(snapshot.name);
  if (mode === 'rename')
    return (
      <li className="snapshot" data-snapshot={snapshot.id}>
        <form
          className="snapshot-rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(name);
            setMode('view');
          }}
        >
          <input
            aria-label={t.nameLabel}
            value={name}
            autoFocus
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault(); // Escape leaves the name field, not the dialog.
              setMode('view');
            }}
          />
          <button type="submit" disabled={name.trim() === ''}>
            {t.save}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t.cancel}
          </button>
        </form>
      </li>
    );
  return (
    <li className="snapshot" data-snapshot={snapshot.id}>
      <span className="snapshot-name" data-snapshot-name>
        {snapshot.name}
      </span>
      <span className="note">{t.keptAt(formatDate(snapshot.savedAt, language))}</span>
      {mode === 'confirm' ? (
        <span className="snapshot-actions">
          <span>{t.confirmRemove(snapshot.name)}</span>
          <button type="button" data-action="confirm-delete" onClick={onRemove}>
            {t.remove}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t.cancel}
          </button>
        </span>
      ) : (
        <span className="snapshot-actions">
          <button type="button" data-action="open-snapshot" onClick={onOpen}>
            {t.open}
          </button>
          <button
            type="button"
            data-action="rename-snapshot"
            onClick={() => {
              setName(snapshot.name);
              setMode('rename');
            }}
          >
            {t.rename}
          </button>
          <button type="button" data-action="delete-snapshot" onClick={() => setMode('confirm')}>
            {t.remove}
          </button>
        </span>
      )}
    </li>
  );
}
