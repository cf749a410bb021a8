import { memo, useSyncExternalStore } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';

/** Undo and redo, subscribed to whether there is anything to undo or redo. */
export const UndoRedo = memo(function UndoRedo({ store }: { readonly store: Store }) {
  const t = useMessages();
  const canUndo = useSyncExternalStore(store.subscribe, store.canUndo, store.canUndo);
  const canRedo = useSyncExternalStore(store.subscribe, store.canRedo, store.canRedo);
  return (
    <>
      <button
        type="button"
        data-action="undo"
        title={`${t.undo} (Ctrl+Z)`}
        disabled={!canUndo}
        onClick={() => store.dispatch({ type: 'undo' })}
      >
        ↶ {t.undo}
      </button>
      <button
        type="button"
        data-action="redo"
        title={`${t.redo} (Ctrl+Shift+Z)`}
        disabled={!canRedo}
        onClick={() => store.dispatch({ type: 'redo' })}
      >
        ↷ {t.redo}
      </button>
    </>
  );
});
