import { memo, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';
import { SnapshotsDialog } from './SnapshotsDialog';

/** The toolbar's "Snapshots" button and the dialog it opens. */
export const SnapshotsButton = memo(function SnapshotsButton({ store }: { readonly store: Store }) {
  const t = useMessages().share;
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        data-action="snapshots"
        title={t.snapshotsTitle}
        onClick={() => setOpen(true)}
      >
        {t.snapshots}
      </button>
      {open && <SnapshotsDialog store={store} onClose={() => setOpen(false)} />}
    </>
  );
});
