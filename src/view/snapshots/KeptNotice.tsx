import { memo, useEffect, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { decodeLink, type Store } from '../../state';
import type { Snapshot } from '../../state/snapshots';
import { onKept } from './keptEvent';

/**
 * Says that a link replaced the work saved in this browser, where that work is kept, and
 * restores it with one click (an undoable step, so the link's page is one Undo away). `kept`
 * is the work the starting link replaced; a link opened later in the tab announces its own.
 */
export const KeptNotice = memo(function KeptNotice({
  kept: initial,
  store,
}: {
  readonly kept: Snapshot | null;
  readonly store: Store;
}) {
  const t = useMessages().share;
  const [kept, setKept] = useState(initial);
  const [phase, setPhase] = useState<'shown' | 'restored' | 'dismissed'>('shown');
  useEffect(
    () =>
      onKept((snapshot) => {
        setKept(snapshot);
        setPhase('shown');
      }),
    [],
  );
  if (!kept || phase === 'dismissed') return null;
  return (
    <div className="notice kept-notice" role="status" data-kept-notice={phase}>
      <span>{phase === 'shown' ? t.keptNotice(kept.name) : t.restored(kept.name)}</span>
      {phase === 'shown' && (
        <button
          type="button"
          data-action="restore-kept"
          onClick={() => {
            const { state } = decodeLink(kept.link, store.getState().language);
            store.dispatch({ type: 'load', state });
            setPhase('restored');
          }}
        >
          {t.restore}
        </button>
      )}
      <button type="button" onClick={() => setPhase('dismissed')}>
        {t.close}
      </button>
    </div>
  );
});
